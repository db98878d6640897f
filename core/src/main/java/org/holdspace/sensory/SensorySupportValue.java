package org.holdspace.sensory;

import org.holdspace.internal.EventValue;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.Traits;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link SensorySupport}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class SensorySupportValue extends EventValue implements SensorySupport {

  /** The generated builder implements it, so that users see only {@link SensorySupport.Builder}. */
  interface Builder extends SensorySupport.Builder {}

  @Override
  protected int encodeTraits() {
    return Traits.of(effect());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("SensorySupport");
    SensorySupport.check(this, v, "");
    v.throwIfAny();
  }
}
