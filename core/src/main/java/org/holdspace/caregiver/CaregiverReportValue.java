package org.holdspace.caregiver;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.EventValue;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link CaregiverReport}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class CaregiverReportValue extends EventValue implements CaregiverReport {

  /** The generated builder implements it, so that users see only {@link CaregiverReport.Builder}. */
  interface Builder extends CaregiverReport.Builder {}

  @Override
  @Value.Redacted
  public abstract java.util.Optional<String> words();

  @Value.Check
  void check() {
    Violations v = Violations.of("CaregiverReport");
    CaregiverReport.check(this, v, "");
    v.throwIfAny();
  }
}
