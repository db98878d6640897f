package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Observation;
import org.holdspace.connection.ConnectionObservation;

/** A connection observation: the sign as the value. */
final class ConnectionMapping extends ObservationMapping<ConnectionObservation> {
  ConnectionMapping() {
    super(ConnectionObservation.class, "connection");
  }

  @Override
  void fill(ConnectionObservation e, Observation o, Writing out) {
    o.setValue(Writing.concept(e.sign()));
  }

  @Override
  ConnectionObservation read(FhirEventHeader h, Observation o, int index, Reading in) {
    noComponents(o, h.location());
    return ConnectionObservation.builder().id(h.id()).at(h.at()).until(h.until())
        .sign(Reading.code(conceptValue(o, h.location()), h.location() + ".value")).build();
  }
}
