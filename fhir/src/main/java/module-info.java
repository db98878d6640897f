/**
 * Holdspace FHIR: FHIR R4 resources for Holdspace's types, on HAPI FHIR's R4 structures. This
 * first part publishes the library's code systems as {@code CodeSystem} resources; the export and
 * import of sessions, goals and assessments are still to come.
 */
module org.holdspace.fhir {
  requires transitive org.holdspace.core;
  // HAPI's jars declare no module names: these are the names derived from their file names
  requires transitive org.hl7.fhir.r4;

  exports org.holdspace.fhir;
}
