package org.holdspace.readiness;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.EventValue;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link ReadinessAssessment}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class ReadinessAssessmentValue extends EventValue implements ReadinessAssessment {

  /** The generated builder implements it, so that users see only {@link ReadinessAssessment.Builder}. */
  interface Builder extends ReadinessAssessment.Builder {}

  @Override
  @Value.Redacted
  public abstract String assessedBy();

  @Value.Check
  void check() {
    Violations v = Violations.of("ReadinessAssessment");
    ReadinessAssessment.check(this, v, "");
    v.throwIfAny();
  }
}
