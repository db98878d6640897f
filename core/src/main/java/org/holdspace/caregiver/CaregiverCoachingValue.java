package org.holdspace.caregiver;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.EventValue;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link CaregiverCoaching}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class CaregiverCoachingValue extends EventValue implements CaregiverCoaching {

  /** The generated builder implements it, so that users see only {@link CaregiverCoaching.Builder}. */
  interface Builder extends CaregiverCoaching.Builder {}

  @Value.Check
  void check() {
    Violations v = Violations.of("CaregiverCoaching");
    CaregiverCoaching.check(this, v, "");
    v.throwIfAny();
  }
}
