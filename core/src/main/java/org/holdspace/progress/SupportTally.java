package org.holdspace.progress;

import java.util.Optional;
import java.util.OptionalDouble;
import org.holdspace.code.Code;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.regulation.ArousalSide;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * How one support went for one child across sessions, in one state of the child at the offer
 * (high side, low side, regulated, or unknown): how often it was offered, accepted or declined,
 * and the effects seen when accepted. A declined offer is kept apart from "no visible change": it
 * says what the child would take, not what the support does. A support that did not help is
 * information, not failure.
 */
@Value.Immutable
@HoldspaceStyle
public abstract class SupportTally {

  SupportTally() {}

  /** A new builder. */
  static ImmutableSupportTally.Builder builder() {
    return ImmutableSupportTally.builder();
  }

  /** The support (system and code; the display text of its first use). */
  public abstract Code support();

  /**
   * The child's state when it was offered: the side of the latest regulation observation begun
   * by then; empty when none was.
   */
  public abstract Optional<ArousalSide> stateAtOffer();

  /** Times offered. */
  public abstract int offered();

  /** Times accepted. */
  public abstract int accepted();

  /** Times declined. */
  public abstract int declined();

  /** Times it was accepted and reported as helping. */
  public abstract int helped();

  /** Of those, the times a later observation toward regulated agreed with the report. */
  public abstract int helpedCorroborated();

  /** Times it was accepted and showed no visible change. */
  public abstract int noVisibleChange();

  /** Times it was accepted and seemed to add to the load. */
  public abstract int madeWorse();

  /** Times it was accepted and the effect was unclear or not recorded. */
  public abstract int unclear();

  /** Of the times it was accepted, the share in which it helped; empty if never accepted. */
  public final OptionalDouble helpRate() {
    return accepted() == 0 ? OptionalDouble.empty() : OptionalDouble.of(helped() / (double) accepted());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("SupportTally");
    v.require(support(), "support");
    v.require(stateAtOffer(), "stateAtOffer");
    v.throwIfAny();
  }
}
