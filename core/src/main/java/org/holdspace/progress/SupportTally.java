package org.holdspace.progress;

import java.util.OptionalDouble;
import org.holdspace.code.Code;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * How one support went for one child across sessions: how often it was offered, accepted or
 * declined, and the effects seen. A support that did not help is information, not failure.
 */
@Value.Immutable
@HoldspaceStyle
public abstract class SupportTally {

  SupportTally() {}

  /** A new builder. */
  public static ImmutableSupportTally.Builder builder() {
    return ImmutableSupportTally.builder();
  }

  /** The support (system and code; the display text of its first use). */
  public abstract Code support();

  /** Times offered. */
  public abstract int offered();

  /** Times accepted. */
  public abstract int accepted();

  /** Times declined. */
  public abstract int declined();

  /** Times it was seen to help. */
  public abstract int helped();

  /** Times with no visible change. */
  public abstract int noVisibleChange();

  /** Times it seemed to add to the load. */
  public abstract int madeWorse();

  /** Times the effect was unclear or not recorded. */
  public abstract int unclear();

  /** Of the times it was accepted, the share in which it helped; empty if never accepted. */
  public final OptionalDouble helpRate() {
    return accepted() == 0 ? OptionalDouble.empty() : OptionalDouble.of(helped() / (double) accepted());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("SupportTally");
    v.require(support(), "support");
    v.throwIfAny();
  }
}
