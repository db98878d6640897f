/**
 * Holdspace FHIR: sessions, goals, assessments and texts as FHIR R4 resources and back, on HAPI
 * FHIR's R4 structures, with the library's code systems as {@code CodeSystem} resources.
 */
module org.holdspace.fhir {
  requires transitive org.holdspace.core;
  // HAPI's jars declare no module names: these are the names derived from their file names
  requires transitive org.hl7.fhir.r4;
  requires transitive hapi.fhir.base;
  requires com.fasterxml.jackson.core;

  exports org.holdspace.fhir;
}
