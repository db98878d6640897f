package org.holdspace.regulation;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.EventTraits;
import org.holdspace.internal.EventValue;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link RegulationObservation}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class RegulationObservationValue extends EventValue implements RegulationObservation {

  /** The generated builder implements it, so that users see only {@link RegulationObservation.Builder}. */
  interface Builder extends RegulationObservation.Builder {}

  @Override
  protected int encodeTraits() {
    return EventTraits.ofRegulation(mode(), signs());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("RegulationObservation");
    RegulationObservation.check(this, v, "");
    v.throwIfAny();
  }
}
