package org.holdspace.demand;

import org.holdspace.code.Code;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * Something in the environment that can load a child: noise, light, crowding, novelty,
 * unfamiliar people, a transition.
 *
 * <pre>{@code
 * EnvironmentFactor drill = EnvironmentFactor.builder().id("e4").at(t).until(t.plusSeconds(120))
 *     .factor(EnvironmentFactors.NOISE).build();
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class EnvironmentFactor implements SessionEvent {

  EnvironmentFactor() {}

  /** A new builder. */
  public static ImmutableEnvironmentFactor.Builder builder() {
    return ImmutableEnvironmentFactor.builder();
  }

  /** What it was, for example {@link EnvironmentFactors#NOISE}. */
  public abstract Code factor();

  @Value.Check
  void check() {
    Violations v = Violations.of("EnvironmentFactor");
    EventConstraints.check(this, v, "");
    v.require(factor(), "factor");
    v.throwIfAny();
  }
}
