package org.holdspace.regulation;

import org.holdspace.code.Code;
import org.holdspace.internal.EventValue;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.Traits;
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
    boolean harm = false;
    for (Code sign : signs()) {
      harm |= RegulationSignCodes.isDefaultHarmSign(sign);
    }
    // the flag: whether it shows a default harm sign, so an evaluation with the default settings
    // does not compare every sign again
    return Traits.withFlag(Traits.of(mode()), harm);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("RegulationObservation");
    RegulationObservation.check(this, v, "");
    v.throwIfAny();
  }
}
