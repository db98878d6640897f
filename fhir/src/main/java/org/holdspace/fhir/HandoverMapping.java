package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Observation;
import org.holdspace.caregiver.Handover;

/** A handover: an Observation whose value is who the child was handed to, by role; no components. */
final class HandoverMapping extends ObservationMapping<Handover> {
  HandoverMapping() {
    super(Handover.class, "handover");
  }

  @Override
  void fill(Handover e, Observation o, Writing out) {
    o.setValue(Writing.concept(e.to()));
  }

  @Override
  Handover read(FhirEventHeader h, Observation o, int index, Reading in) {
    String at = h.location();
    noComponents(o, at);
    return Handover.builder().id(h.id()).at(h.at()).until(h.until()).to(Reading.code(conceptValue(o, at), at + ".value"))
        .build();
  }
}
