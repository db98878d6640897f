package org.holdspace.goal;

import java.util.Optional;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * A long-term goal with a measurable target. Its description and target are free text about a
 * child, so they are redacted in {@code toString()} and never logged.
 *
 * <pre>{@code
 * Goal turnTaking = Goal.builder()
 *     .id("g-turns")
 *     .description("Takes turns in a two-person game")
 *     .target("4 of 5 opportunities with one verbal prompt")
 *     .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class Goal {

  Goal() {}

  /** A new builder. */
  public static ImmutableGoal.Builder builder() {
    return ImmutableGoal.builder();
  }

  /** An opaque id, unique among the goals of a session. */
  public abstract String id();

  /** What the goal is, in the clinician's words; redacted in {@code toString()}. */
  @Value.Redacted
  public abstract String description();

  /** The measurable target, in the clinician's words, if written down; redacted in {@code toString()}. */
  @Value.Redacted
  public abstract Optional<String> target();

  /** Where the goal is in its life (FHIR {@code lifecycleStatus}). */
  public abstract GoalLifecycleStatus lifecycleStatus();

  /** How the goal stands against its target (FHIR {@code achievementStatus}), if assessed. */
  public abstract Optional<GoalAchievementStatus> achievementStatus();

  /**
   * The GAS level that stands for "no change" on this goal: an attempt rated above it is progress.
   * {@value GasRating#DEFAULT_BASELINE} ("less than expected", as in Turner-Stokes' scaling) unless
   * the goal was scaled with its baseline at {@value GasRating#MIN_LEVEL}. So GAS -1 on a goal whose
   * baseline is -1 is practice, not progress.
   */
  @Value.Default
  public int gasBaseline() {
    return GasRating.DEFAULT_BASELINE;
  }

  /** The goal's weight in a GAS T-score; 1 unless the team weighs goals differently. */
  @Value.Default
  public double gasWeight() {
    return 1.0;
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Goal");
    v.requireId(id(), "id");
    v.require(description(), "description");
    v.require(target(), "target");
    v.require(lifecycleStatus(), "lifecycleStatus");
    v.require(achievementStatus(), "achievementStatus");
    if (gasBaseline() != GasRating.MIN_LEVEL && gasBaseline() != GasRating.DEFAULT_BASELINE) {
      v.add(CoreViolation.GAS_BASELINE_INVALID, "gasBaseline");
    }
    if (!GasRating.isValidWeight(gasWeight())) {
      v.add(CoreViolation.GAS_WEIGHT_INVALID, "gasWeight");
    }
    v.throwIfAny();
  }
}
