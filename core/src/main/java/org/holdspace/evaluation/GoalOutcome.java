package org.holdspace.evaluation;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * The goal side of a session, shown beside the value ladder, never instead of it: which attempts
 * happened, which were made while the child was not ready (shown, and not counted against the
 * session), the GAS level per goal and the T-score over the goals rated.
 *
 * <pre>{@code
 * assessment.goalOutcome().tScore(); // OptionalDouble[43.79...] for the steady-session scenario
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class GoalOutcome {

  GoalOutcome() {}

  /** A new builder. */
  public static ImmutableGoalOutcome.Builder builder() {
    return ImmutableGoalOutcome.builder();
  }

  /** The ids of every goal attempt, in time order. */
  public abstract List<String> attemptIds();

  /** The ids of attempts made while the latest readiness assessment said not ready. */
  public abstract List<String> attemptsWhileNotReady();

  /**
   * The GAS level of each goal rated in this session, by goal id: the latest rated attempt made
   * while the child was not judged not ready.
   */
  public abstract Map<String, Integer> gasLevels();

  /** The GAS T-score over {@link #gasLevels()} with each goal's weight; empty if no goal was rated. */
  public abstract OptionalDouble tScore();

  /** Whether any goal attempt happened. */
  public final boolean hasAttempts() {
    return !attemptIds().isEmpty();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("GoalOutcome");
    v.requireElements(attemptIds(), "attemptIds");
    v.requireElements(attemptsWhileNotReady(), "attemptsWhileNotReady");
    v.require(gasLevels(), "gasLevels");
    v.throwIfAny();
  }
}
