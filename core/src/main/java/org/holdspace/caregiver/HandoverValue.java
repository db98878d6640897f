package org.holdspace.caregiver;

import org.holdspace.internal.EventValue;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link Handover}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class HandoverValue extends EventValue implements Handover {

  /** The generated builder implements it, so that users see only {@link Handover.Builder}. */
  interface Builder extends Handover.Builder {}

  @Value.Check
  void check() {
    Violations v = Violations.of("Handover");
    Handover.check(this, v, "");
    v.throwIfAny();
  }
}
