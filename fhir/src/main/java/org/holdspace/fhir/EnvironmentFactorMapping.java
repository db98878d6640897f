package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Observation;
import org.holdspace.demand.EnvironmentFactor;

/** An environment factor: the factor as the value. */
final class EnvironmentFactorMapping extends ObservationMapping<EnvironmentFactor> {
  EnvironmentFactorMapping() {
    super(EnvironmentFactor.class, "environment-factor");
  }

  @Override
  void fill(EnvironmentFactor e, Observation o, Writing out) {
    o.setValue(Writing.concept(e.factor()));
  }

  @Override
  EnvironmentFactor read(FhirEventHeader h, Observation o, int index, Reading in) {
    noComponents(o, h.location());
    return EnvironmentFactor.builder().id(h.id()).at(h.at()).until(h.until())
        .factor(Reading.code(conceptValue(o, h.location()), h.location() + ".value")).build();
  }
}
