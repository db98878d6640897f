package org.holdspace.sensory;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link SensorySupport}; build it with {@link SensorySupport#builder()}. */
@Value.Immutable
@HoldspaceStyle
public abstract class SupportOffer implements SensorySupport {

  SupportOffer() {}

  @Value.Check
  void check() {
    Violations v = Violations.of("SensorySupport");
    EventConstraints.check(this, v, "");
    v.require(support(), "support");
    v.requireElements(systems(), "systems");
    v.require(quality(), "quality");
    v.require(response(), "response");
    v.require(effect(), "effect");
    v.throwIfAny();
  }
}
