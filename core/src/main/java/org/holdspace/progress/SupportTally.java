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

  /** {@return the support (system and code; the display text of its first use)} */
  public abstract Code support();

  /**
   * The child's state when it was offered: the side of the latest regulation observation begun
   * by then; empty when none was.
   *
   * @return the side, if known
   */
  public abstract Optional<ArousalSide> stateAtOffer();

  /** {@return times offered} */
  public abstract int offered();

  /** {@return times accepted} */
  public abstract int accepted();

  /** {@return times declined} */
  public abstract int declined();

  /** {@return times it was accepted and reported as helping} */
  public abstract int helped();

  /** {@return of those, the times a later observation toward regulated agreed with the report} */
  public abstract int helpedCorroborated();

  /** {@return times it was accepted and showed no visible change} */
  public abstract int noVisibleChange();

  /** {@return times it was accepted and seemed to add to the load} */
  public abstract int madeWorse();

  /** {@return times it was accepted and the effect was unclear or not recorded} */
  public abstract int unclear();

  /** {@return of the times it was accepted, the share in which it helped; empty if never accepted} */
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
