package org.holdspace.demand;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.EventValue;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link EnvironmentFactor}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class EnvironmentFactorValue extends EventValue implements EnvironmentFactor {

  /** The generated builder implements it, so that users see only {@link EnvironmentFactor.Builder}. */
  interface Builder extends EnvironmentFactor.Builder {}

  @Value.Check
  void check() {
    Violations v = Violations.of("EnvironmentFactor");
    EnvironmentFactor.check(this, v, "");
    v.throwIfAny();
  }
}
