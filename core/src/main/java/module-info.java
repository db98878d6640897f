/**
 * Holdspace core: the immutable model of a paediatric therapy session, its validation, the
 * evaluators that state with evidence what value a session had, the texts for people (reflection
 * prompts, parent summaries), and readiness-based progress across sessions. Depends on the SLF4J
 * API alone at run time; Immutables is needed at compile time only. {@code org.holdspace.internal}
 * is exported only to the JSON and FHIR modules.
 */
module org.holdspace.core {
  requires org.slf4j;
  requires static org.immutables.value;

  exports org.holdspace.billing;
  exports org.holdspace.caregiver;
  exports org.holdspace.code;
  exports org.holdspace.connection;
  exports org.holdspace.demand;
  exports org.holdspace.evaluation;
  exports org.holdspace.evaluation.rules;
  exports org.holdspace.goal;
  exports org.holdspace.incident;
  exports org.holdspace.narrative;
  exports org.holdspace.progress;
  exports org.holdspace.readiness;
  exports org.holdspace.regulation;
  exports org.holdspace.sensory;
  exports org.holdspace.session;
  exports org.holdspace.timeline;
  exports org.holdspace.validation;
  // the in-order worker threads of the NDJSON evaluation and the FHIR bulk export
  exports org.holdspace.internal to org.holdspace.json, org.holdspace.fhir;
}
