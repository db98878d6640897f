package org.holdspace.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;

/** A regulation observation: the band as the value; mode, signs and label as components. */
final class RegulationMapping extends ObservationMapping<RegulationObservation> {
  RegulationMapping() {
    super(RegulationObservation.class, "regulation");
  }

  @Override
  void fill(RegulationObservation e, Observation o, Writing out) {
    o.setValue(Writing.concept(e.band()));
    e.mode().ifPresent(m -> component(o, "regulation-mode", Writing.concept(m)));
    e.signs().forEach(s -> component(o, "regulation-sign", Writing.concept(s)));
    e.label().ifPresent(l -> component(o, "regulation-label", Writing.concept(l)));
  }

  @Override
  RegulationObservation read(FhirEventHeader h, Observation o, int index, Reading in) {
    String at = h.location();
    RegulationObservation.Builder b = RegulationObservation.builder().id(h.id()).at(h.at()).until(h.until())
        .band(Reading.constant(ArousalBand.class, conceptValue(o, at), at + ".value"));
    for (int i = 0; i < o.getComponent().size(); i++) {
      String where = componentAt(at, i) + ".value";
      switch (part(o, i, at)) {
        case "regulation-mode":
          b.mode(Reading.constant(RegulationMode.class, componentValue(o, i, CodeableConcept.class, at), where));
          break;
        case "regulation-sign":
          b.addSign(Reading.code(componentValue(o, i, CodeableConcept.class, at), where));
          break;
        case "regulation-label":
          b.label(Reading.code(componentValue(o, i, CodeableConcept.class, at), where));
          break;
        default:
          throw Reading.invalid(componentAt(at, i) + ".code");
      }
    }
    return b.build();
  }
}
