package org.holdspace.evaluation;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The goal outcome the {@link Evaluator} makes: its parts held as made, not copied (they are
 * unmodifiable, and computed by the library from a validated session, so not checked again).
 * Equal to a built or read goal outcome with equal attributes ({@link GoalOutcome#equals}).
 */
final class EvaluatedGoalOutcome extends GoalOutcome {
  private final List<String> attemptIds;
  private final List<String> attemptsWhileNotReady;
  private final Map<String, Integer> gasLevels;
  private final OptionalDouble tScore;

  /** The parts, in {@link GoalOutcome}'s order, each unmodifiable. */
  EvaluatedGoalOutcome(List<String> attemptIds, List<String> attemptsWhileNotReady, Map<String, Integer> gasLevels,
      OptionalDouble tScore) {
    this.attemptIds = attemptIds;
    this.attemptsWhileNotReady = attemptsWhileNotReady;
    this.gasLevels = gasLevels;
    this.tScore = tScore;
  }

  @Override
  public List<String> attemptIds() {
    return attemptIds;
  }

  @Override
  public List<String> attemptsWhileNotReady() {
    return attemptsWhileNotReady;
  }

  @Override
  public Map<String, Integer> gasLevels() {
    return gasLevels;
  }

  @Override
  public OptionalDouble tScore() {
    return tScore;
  }
}
