package org.holdspace.demand;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.EventValue;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link Activity}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class ActivityValue extends EventValue implements Activity {

  /** The generated builder implements it, so that users see only {@link Activity.Builder}. */
  interface Builder extends Activity.Builder {}

  @Value.Check
  void check() {
    Violations v = Violations.of("Activity");
    Activity.check(this, v, "");
    v.throwIfAny();
  }
}
