package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CoachingStep;
import org.holdspace.code.Code;

/** Caregiver coaching: the strategy as the code, the coaching step as an extension. */
final class CaregiverCoachingMapping extends ProcedureMapping<CaregiverCoaching> {
  CaregiverCoachingMapping() {
    super(CaregiverCoaching.class, "caregiver-coaching");
  }

  @Override
  boolean usesObject() {
    return true;
  }

  @Override
  Code code(CaregiverCoaching e) {
    return e.strategy();
  }

  @Override
  void fill(CaregiverCoaching e, Procedure p, Writing out) {
    p.addExtension(Writing.extension(Urls.COACHING_STEP, e.step()));
  }

  @Override
  CaregiverCoaching read(FhirEventHeader h, Code code, Procedure p, Reading in) {
    String at = h.location();
    requireCompleted(p, at);
    Coding step = Reading.requiredValue(p, Urls.COACHING_STEP, Coding.class, at);
    return CaregiverCoaching.builder().id(h.id()).at(h.at()).until(h.until()).strategy(code)
        .step(Reading.constant(CoachingStep.class, step, Reading.extensionLocation(at, Urls.COACHING_STEP) + ".value"))
        .build();
  }
}
