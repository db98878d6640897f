/**
 * Holdspace core: the immutable model of a paediatric therapy session, its validation, and (in
 * later packages) the evaluators that state what value a session had.
 */
module org.holdspace.core {
  requires org.slf4j;
  requires static org.immutables.value;

  exports org.holdspace.code;
  exports org.holdspace.connection;
  exports org.holdspace.demand;
  exports org.holdspace.evaluation;
  exports org.holdspace.evaluation.rules;
  exports org.holdspace.goal;
  exports org.holdspace.narrative;
  exports org.holdspace.progress;
  exports org.holdspace.readiness;
  exports org.holdspace.scenario;
  exports org.holdspace.regulation;
  exports org.holdspace.sensory;
  exports org.holdspace.session;
  exports org.holdspace.timeline;
  exports org.holdspace.validation;
}
