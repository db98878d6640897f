package org.holdspace.evaluation;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The goal side of a session, shown beside the value ladder, never instead of it: which attempts
 * happened, which were made while the child was not ready (shown, and not counted against the
 * session), the GAS level per goal and the T-score over the goals rated.
 *
 * <pre>{@code
 * assessment.goalOutcome().tScore(); // OptionalDouble[43.79...] for the steady-session scenario
 * }</pre>
 *
 * <p>One implementation: the {@link Evaluator} hands over its parts as made (unmodifiable, and
 * computed by the library from a validated session, so not checked again); {@link #builder()}
 * checks and copies what it is given. Immutable and safe to share.
 */
public final class GoalOutcome {
  private final List<String> attemptIds;
  private final List<String> attemptsWhileNotReady;
  private final Map<String, Integer> gasLevels;
  private final OptionalDouble tScore;

  /** The parts, in the order of the getters, each valid and unmodifiable. */
  GoalOutcome(List<String> attemptIds, List<String> attemptsWhileNotReady, Map<String, Integer> gasLevels,
      OptionalDouble tScore) {
    this.attemptIds = attemptIds;
    this.attemptsWhileNotReady = attemptsWhileNotReady;
    this.gasLevels = gasLevels;
    this.tScore = tScore;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new GoalOutcomeBuilder();
  }

  /** {@return the ids of every goal attempt, in time order} */
  public List<String> attemptIds() {
    return attemptIds;
  }

  /** {@return the ids of attempts made while the latest readiness assessment said not ready} */
  public List<String> attemptsWhileNotReady() {
    return attemptsWhileNotReady;
  }

  /**
   * The GAS level of each goal rated in this session, by goal id: the latest rated attempt made
   * while the child was not judged not ready.
   *
   * @return the levels, by goal id
   */
  public Map<String, Integer> gasLevels() {
    return gasLevels;
  }

  /**
   * {@return the GAS T-score over {@link #gasLevels()} with each goal's weight; empty if no goal was rated}
   */
  public OptionalDouble tScore() {
    return tScore;
  }

  /** {@return whether any goal attempt happened} */
  public boolean hasAttempts() {
    return !attemptIds().isEmpty();
  }

  /**
   * Whether {@code o} is a goal outcome with equal attributes, however each was made.
   *
   * @param o another object
   * @return whether they are equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GoalOutcome)) {
      return false;
    }
    GoalOutcome g = (GoalOutcome) o;
    return attemptIds().equals(g.attemptIds()) && attemptsWhileNotReady().equals(g.attemptsWhileNotReady())
        && gasLevels().equals(g.gasLevels()) && tScore().equals(g.tScore());
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + attemptIds().hashCode();
    h += (h << 5) + attemptsWhileNotReady().hashCode();
    h += (h << 5) + gasLevels().hashCode();
    h += (h << 5) + tScore().hashCode();
    return h;
  }

  /** {@return the attributes, for logs and debugging: ids, goal ids and numbers, never free text} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("GoalOutcome{attemptIds=").append(attemptIds())
        .append(", attemptsWhileNotReady=").append(attemptsWhileNotReady()).append(", gasLevels=").append(gasLevels());
    if (tScore().isPresent()) {
      b.append(", tScore=").append(tScore().getAsDouble());
    }
    return b.append('}').toString();
  }

  /**
   * Builds a {@link GoalOutcome}; every violation is reported at once, in one {@link
   * org.holdspace.validation.ValidationException}. A list or map given replaces what was given before.
   */
  public interface Builder {
    /** @param ids the ids of every goal attempt, in time order
     *  @return this builder */
    Builder attemptIds(Iterable<String> ids);

    /** @param ids the ids of attempts made while not ready
     *  @return this builder */
    Builder attemptsWhileNotReady(Iterable<String> ids);

    /** @param levels the GAS level of each goal rated, by goal id
     *  @return this builder */
    Builder gasLevels(Map<String, ? extends Integer> levels);

    /** @param tScore the T-score
     *  @return this builder */
    Builder tScore(double tScore);

    /** @param tScore the T-score, or empty
     *  @return this builder */
    Builder tScore(OptionalDouble tScore);

    /** @param instance the goal outcome whose every part to copy
     *  @return this builder */
    Builder from(GoalOutcome instance);

    /** @return the goal outcome
     *  @throws org.holdspace.validation.ValidationException listing every missing or invalid part */
    GoalOutcome build();
  }
}
