package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Observation;
import org.holdspace.caregiver.CaregiverPresence;

/** A caregiver's presence: who the caregiver is, as the value. */
final class CaregiverPresenceMapping extends ObservationMapping<CaregiverPresence> {
  CaregiverPresenceMapping() {
    super(CaregiverPresence.class, "caregiver-presence");
  }

  @Override
  void fill(CaregiverPresence e, Observation o, Writing out) {
    o.setValue(Writing.concept(e.caregiver()));
  }

  @Override
  CaregiverPresence read(FhirEventHeader h, Observation o, int index, Reading in) {
    noComponents(o, h.location());
    return CaregiverPresence.builder().id(h.id()).at(h.at()).until(h.until())
        .caregiver(Reading.code(conceptValue(o, h.location()), h.location() + ".value")).build();
  }
}
