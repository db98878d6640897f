package org.holdspace.evaluation;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.holdspace.goal.GasRating;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.CoreViolation;
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

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableGoalOutcome.builder();
  }

  /** {@return the ids of every goal attempt, in time order} */
  @Value.Parameter
  public abstract List<String> attemptIds();

  /** {@return the ids of attempts made while the latest readiness assessment said not ready} */
  @Value.Parameter
  public abstract List<String> attemptsWhileNotReady();

  /**
   * The GAS level of each goal rated in this session, by goal id: the latest rated attempt made
   * while the child was not judged not ready.
   *
   * @return the levels, by goal id
   */
  @Value.Parameter
  public abstract Map<String, Integer> gasLevels();

  /**
   * {@return the GAS T-score over {@link #gasLevels()} with each goal's weight; empty if no goal was rated}
   */
  @Value.Parameter
  public abstract OptionalDouble tScore();

  /** {@return whether any goal attempt happened} */
  public final boolean hasAttempts() {
    return !attemptIds().isEmpty();
  }

  /**
   * Whether {@code o} is a goal outcome with equal attributes, however each was made.
   *
   * @param o another object
   * @return whether they are equal
   */
  @Override
  public final boolean equals(Object o) {
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
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + attemptIds().hashCode();
    h += (h << 5) + attemptsWhileNotReady().hashCode();
    h += (h << 5) + gasLevels().hashCode();
    h += (h << 5) + tScore().hashCode();
    return h;
  }

  /** {@return the attributes, for logs and debugging: ids, goal ids and numbers, never free text} */
  @Override
  public final String toString() {
    StringBuilder b = new StringBuilder("GoalOutcome{attemptIds=").append(attemptIds())
        .append(", attemptsWhileNotReady=").append(attemptsWhileNotReady()).append(", gasLevels=").append(gasLevels());
    if (tScore().isPresent()) {
      b.append(", tScore=").append(tScore().getAsDouble());
    }
    return b.append('}').toString();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("GoalOutcome");
    v.requireElements(attemptIds(), "attemptIds");
    v.requireElements(attemptsWhileNotReady(), "attemptsWhileNotReady");
    if (v.require(gasLevels(), "gasLevels")) {
      int i = 0;
      for (Integer level : gasLevels().values()) {
        if (level == null || !GasRating.isValidLevel(level)) {
          v.add(CoreViolation.GAS_LEVEL_OUT_OF_RANGE, "gasLevels[" + i + "]");
        }
        i++;
      }
    }
    if (tScore() == null) {
      v.add(CoreViolation.REQUIRED, "tScore");
    } else if (tScore().isPresent() && !Double.isFinite(tScore().getAsDouble())) {
      v.add(CoreViolation.OUT_OF_RANGE, "tScore");
    }
    v.throwIfAny();
  }

  /** Builds a {@link GoalOutcome}; every violation is reported at once. */
  public interface Builder {

    /**
     * @param element one more attempt id
     * @return this builder
     */
    Builder addAttemptId(String element);

    /**
     * @param elements more attempt ids
     * @return this builder
     */
    Builder addAttemptIds(String... elements);

    /**
     * @param elements more attempt ids
     * @return this builder
     */
    Builder addAllAttemptIds(Iterable<String> elements);

    /**
     * @param elements the attempt ids, replacing any given before
     * @return this builder
     */
    Builder attemptIds(Iterable<String> elements);

    /**
     * @param element one more id of an attempt made while not ready
     * @return this builder
     */
    Builder addAttemptsWhileNotReady(String element);

    /**
     * @param elements more id of an attempt made while not readys
     * @return this builder
     */
    Builder addAttemptsWhileNotReady(String... elements);

    /**
     * @param elements more id of an attempt made while not readys
     * @return this builder
     */
    Builder addAllAttemptsWhileNotReady(Iterable<String> elements);

    /**
     * @param elements the id of an attempt made while not readys, replacing any given before
     * @return this builder
     */
    Builder attemptsWhileNotReady(Iterable<String> elements);

    /**
     * @param key a goal id
     * @param value the GAS level of that goal
     * @return this builder
     */
    Builder putGasLevel(String key, Integer value);

    /**
     * @param entries the GAS level of each goal, by goal id, replacing any given before
     * @return this builder
     */
    Builder gasLevels(Map<String, ? extends Integer> entries);

    /**
     * @param tScore the T-score
     * @return this builder
     */
    Builder tScore(double tScore);

    /**
     * @param tScore the T-score, or empty
     * @return this builder
     */
    Builder tScore(OptionalDouble tScore);

    /**
     * Sets every field from {@code instance}.
     *
     * @param instance the goal outcome to copy
     * @return this builder
     */
    Builder from(GoalOutcome instance);

    /**
     * @return the goal outcome
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    GoalOutcome build();
  }
}
