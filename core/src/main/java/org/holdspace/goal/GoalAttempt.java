package org.holdspace.goal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;

/**
 * Goal-directed work on one goal during a session: the assistance it needed, its outcome, if
 * rated its Goal Attainment Scaling level, and, when counted, its opportunities and correct
 * responses.
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * GoalAttempt attempt = GoalAttempt.builder()
 *     .id("e7").at(start.plusSeconds(900)).until(start.plusSeconds(1500))
 *     .goalId("g-turns")
 *     .assistance(AssistanceCodes.VERBAL_PROMPT)
 *     .outcome(AttemptOutcome.PARTLY_MET)
 *     .gasLevel(0)
 *     .build();
 * }</pre>
 */
public interface GoalAttempt extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableGoalAttemptValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default GoalAttempt withId(String id) {
    return builder().from(this).id(id).build();
  }

  /**
   * A copy that begins at another time, everything else equal (its end, if any, included). The
   * copy is the library's own value of this kind, whatever class this one is.
   *
   * @param at the new start
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the copy would end before it begins
   */
  default GoalAttempt withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return the id of the goal worked on; one of the session's goals */
  String goalId();

  /** @return the prompting or assistance the child needed, for example {@link AssistanceCodes#VERBAL_PROMPT}, if recorded */
  Optional<Code> assistance();

  /** @return how the attempt turned out, if recorded */
  Optional<AttemptOutcome> outcome();

  /** @return the GAS level, -2 to +2, if rated */
  OptionalInt gasLevel();

  /**
   * How many opportunities the attempt gave, as speech and language work counts them (trials,
   * prompts to respond), if recorded. A default for implementations written before it existed.
   *
   * @return the opportunities, 0 or more, if recorded
   */
  default OptionalInt opportunities() {
    return OptionalInt.empty();
  }

  /**
   * How many of the opportunities had a correct response, if recorded; never more than the
   * opportunities, and recorded only with them. Accuracy is {@code correctResponses /
   * opportunities}. A default for implementations written before it existed.
   *
   * @return the correct responses, 0 or more, if recorded
   */
  default OptionalInt correctResponses() {
    return OptionalInt.empty();
  }


  /**
   * Records in {@code violations} what is wrong with {@code goalAttempt}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param goalAttempt the goal attempt to check
   * @param violations where to record what is wrong
   * @param path the path of the goal attempt, for example {@code events[3]}, or empty
   */
  static void check(GoalAttempt goalAttempt, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(goalAttempt, violations, path);
    violations.requireId(goalAttempt.goalId(), p + "goalId");
    violations.require(goalAttempt.assistance(), p + "assistance");
    violations.require(goalAttempt.outcome(), p + "outcome");
    if (violations.require(goalAttempt.gasLevel(), p + "gasLevel") && goalAttempt.gasLevel().isPresent()
        && !GasRating.isValidLevel(goalAttempt.gasLevel().getAsInt())) {
      violations.add(CoreViolation.GAS_LEVEL_OUT_OF_RANGE, p + "gasLevel");
    }
    OptionalInt opportunities = goalAttempt.opportunities();
    OptionalInt correct = goalAttempt.correctResponses();
    boolean countsPresent = violations.require(opportunities, p + "opportunities")
        & violations.require(correct, p + "correctResponses");
    if (!countsPresent) {
      return;
    }
    if (opportunities.isPresent() && opportunities.getAsInt() < 0) {
      violations.add(CoreViolation.OUT_OF_RANGE, p + "opportunities");
    }
    if (correct.isPresent() && correct.getAsInt() < 0) {
      violations.add(CoreViolation.OUT_OF_RANGE, p + "correctResponses");
    } else if (correct.isPresent() && (opportunities.isEmpty() || correct.getAsInt() > opportunities.getAsInt())) {
      violations.add(CoreViolation.CORRECT_ABOVE_OPPORTUNITIES, p + "correctResponses");
    }
  }

  /** Builds the library's own {@link GoalAttempt}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param goalId the id of the goal worked on
     * @return this builder
     */
    Builder goalId(String goalId);

    /**
     * @param assistance the prompting or assistance needed
     * @return this builder
     */
    Builder assistance(Code assistance);

    /**
     * @param assistance the prompting or assistance needed, or empty
     * @return this builder
     */
    Builder assistance(Optional<? extends Code> assistance);

    /**
     * @param outcome how the attempt turned out
     * @return this builder
     */
    Builder outcome(AttemptOutcome outcome);

    /**
     * @param outcome how the attempt turned out, or empty
     * @return this builder
     */
    Builder outcome(Optional<? extends AttemptOutcome> outcome);

    /**
     * @param gasLevel the GAS level, -2 to +2
     * @return this builder
     */
    Builder gasLevel(int gasLevel);

    /**
     * @param gasLevel the GAS level, or empty
     * @return this builder
     */
    Builder gasLevel(OptionalInt gasLevel);

    /**
     * @param opportunities how many opportunities the attempt gave, 0 or more
     * @return this builder
     */
    Builder opportunities(int opportunities);

    /**
     * @param opportunities how many opportunities the attempt gave, or empty
     * @return this builder
     */
    Builder opportunities(OptionalInt opportunities);

    /**
     * @param correctResponses how many of the opportunities had a correct response
     * @return this builder
     */
    Builder correctResponses(int correctResponses);

    /**
     * @param correctResponses how many had a correct response, or empty
     * @return this builder
     */
    Builder correctResponses(OptionalInt correctResponses);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the goal attempt to copy
     * @return this builder
     */
    Builder from(GoalAttempt instance);

    /**
     * @return the goal attempt
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    GoalAttempt build();
  }
}
