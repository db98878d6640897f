package org.holdspace.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.readiness.ReadinessLevel;

/** A readiness assessment: the level as the value, the indicators as components, the assessor as performer. */
final class ReadinessMapping extends ObservationMapping<ReadinessAssessment> {
  ReadinessMapping() {
    super(ReadinessAssessment.class, "readiness");
  }

  @Override
  void fill(ReadinessAssessment e, Observation o, Writing out) {
    o.setValue(Writing.concept(e.level()));
    e.indicatorsMet().forEach(i -> component(o, "indicator-met", Writing.concept(i)));
    e.indicatorsNotMet().forEach(i -> component(o, "indicator-not-met", Writing.concept(i)));
    o.addPerformer(out.clinician(e.assessedBy()));
  }

  @Override
  ReadinessAssessment read(FhirEventHeader h, Observation o, int index, Reading in) {
    String at = h.location();
    if (o.getPerformer().size() != 1) {
      throw o.getPerformer().isEmpty() ? Reading.missing(at + ".performer")
          : Reading.fail(HoldspaceFhirException.Problem.DUPLICATE_ELEMENT, at + ".performer[1]");
    }
    ReadinessAssessment.Builder b = ReadinessAssessment.builder().id(h.id()).at(h.at()).until(h.until())
        .level(Reading.constant(ReadinessLevel.class, conceptValue(o, at), at + ".value"))
        .assessedBy(in.clinician(o.getPerformerFirstRep(), at + ".performer[0]"));
    for (int i = 0; i < o.getComponent().size(); i++) {
      String where = componentAt(at, i) + ".value";
      switch (part(o, i, at)) {
        case "indicator-met":
          b.addIndicatorsMet(Reading.constant(ReadinessIndicator.class, componentValue(o, i, CodeableConcept.class, at), where));
          break;
        case "indicator-not-met":
          b.addIndicatorsNotMet(
              Reading.constant(ReadinessIndicator.class, componentValue(o, i, CodeableConcept.class, at), where));
          break;
        default:
          throw Reading.invalid(componentAt(at, i) + ".code");
      }
    }
    return b.build();
  }
}
