package org.holdspace.caregiver;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.EventValue;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link CaregiverPresence}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class CaregiverPresenceValue extends EventValue implements CaregiverPresence {

  /** The generated builder implements it, so that users see only {@link CaregiverPresence.Builder}. */
  interface Builder extends CaregiverPresence.Builder {}

  @Value.Check
  void check() {
    Violations v = Violations.of("CaregiverPresence");
    CaregiverPresence.check(this, v, "");
    v.throwIfAny();
  }
}
