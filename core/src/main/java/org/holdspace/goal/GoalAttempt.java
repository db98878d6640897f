package org.holdspace.goal;

import java.util.Optional;
import java.util.OptionalInt;
import org.holdspace.code.Code;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * Goal-directed work on one goal during a session: the assistance it needed, its outcome and,
 * if rated, its Goal Attainment Scaling level.
 *
 * <pre>{@code
 * GoalAttempt attempt = GoalAttempt.builder()
 *     .id("e7").at(start.plusSeconds(900)).until(start.plusSeconds(1500))
 *     .goalId("g-turns")
 *     .assistance(AssistanceLevels.VERBAL_PROMPT)
 *     .outcome(AttemptOutcome.PARTLY_MET)
 *     .gasLevel(0)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class GoalAttempt implements SessionEvent {

  GoalAttempt() {}

  /** A new builder. */
  public static ImmutableGoalAttempt.Builder builder() {
    return ImmutableGoalAttempt.builder();
  }

  /** The id of the goal worked on; one of the session's goals. */
  public abstract String goalId();

  /** The prompting or assistance the child needed, for example {@link AssistanceLevels#VERBAL_PROMPT}. */
  public abstract Optional<Code> assistance();

  /** How the attempt turned out, if recorded. */
  public abstract Optional<AttemptOutcome> outcome();

  /** The GAS level, -2 to +2, if rated. */
  public abstract OptionalInt gasLevel();

  @Value.Check
  void check() {
    Violations v = Violations.of("GoalAttempt");
    EventConstraints.check(this, v, "");
    v.requireId(goalId(), "goalId");
    v.require(assistance(), "assistance");
    v.require(outcome(), "outcome");
    if (v.require(gasLevel(), "gasLevel") && gasLevel().isPresent()
        && !GasRating.isValidLevel(gasLevel().getAsInt())) {
      v.add(CoreViolation.GAS_LEVEL_OUT_OF_RANGE, "gasLevel");
    }
    v.throwIfAny();
  }
}
