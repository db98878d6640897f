package org.holdspace.readiness;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.Validated;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link ReadinessAssessment}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class ReadinessAssessmentValue implements ReadinessAssessment, Validated {

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
