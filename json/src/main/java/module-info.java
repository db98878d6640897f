/**
 * Holdspace JSON: a Jackson 2 module for Holdspace's core types. Core never sees Jackson; this
 * module owns the wire format.
 */
module org.holdspace.json {
  requires transitive org.holdspace.core;
  requires transitive com.fasterxml.jackson.databind;

  exports org.holdspace.json;

  provides com.fasterxml.jackson.databind.Module with org.holdspace.json.HoldspaceModule;
}
