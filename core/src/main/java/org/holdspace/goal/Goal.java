package org.holdspace.goal;

import java.util.Optional;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;

/**
 * A long-term goal with a measurable target. Its description and target are free text about a
 * child: the library's implementation redacts them in {@code toString()}, and they are never
 * logged. An interface without state: the library's own implementation comes from {@link
 * #builder()}; a vendor may implement it too.
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
public interface Goal {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableGoalValue.builder();
  }

  /** @return an opaque id, unique among the goals of a session */
  String id();

  /** @return what the goal is, in the clinician's words */
  String description();

  /** @return the measurable target, in the clinician's words, if written down */
  Optional<String> target();

  /** @return where the goal is in its life (FHIR {@code lifecycleStatus}) */
  GoalLifecycleStatus lifecycleStatus();

  /** @return how the goal stands against its target (FHIR {@code achievementStatus}), if assessed */
  Optional<GoalAchievementStatus> achievementStatus();

  /**
   * The GAS level that stands for "no change" on this goal: an attempt rated above it is progress.
   * {@value GasRating#DEFAULT_BASELINE} ("less than expected", as in Turner-Stokes' scaling) unless
   * the goal was scaled with its baseline at {@value GasRating#MIN_LEVEL}. So GAS -1 on a goal whose
   * baseline is -1 is practice, not progress.
   *
   * @return -1 or -2
   */
  int gasBaseline();

  /** @return the goal's weight in a GAS T-score; 1 unless the team weighs goals differently */
  double gasWeight();

  /**
   * Records in {@code violations} what is wrong with {@code goal}, an implementation of any
   * origin. The library's builder applies it; a session applies it to every goal it holds.
   *
   * @param goal the goal to check
   * @param violations where to record what is wrong
   * @param path the path of the goal, for example {@code goals[1]}, or empty
   */
  static void check(Goal goal, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    violations.requireId(goal.id(), p + "id");
    violations.require(goal.description(), p + "description");
    violations.require(goal.target(), p + "target");
    violations.require(goal.lifecycleStatus(), p + "lifecycleStatus");
    violations.require(goal.achievementStatus(), p + "achievementStatus");
    if (goal.gasBaseline() != GasRating.MIN_LEVEL && goal.gasBaseline() != GasRating.DEFAULT_BASELINE) {
      violations.add(CoreViolation.GAS_BASELINE_INVALID, p + "gasBaseline");
    }
    if (!GasRating.isValidWeight(goal.gasWeight())) {
      violations.add(CoreViolation.GAS_WEIGHT_INVALID, p + "gasWeight");
    }
  }

  /** Builds the library's own {@link Goal}; every violation is reported at once. */
  interface Builder {

    /**
     * @param id an opaque id, unique among the goals of a session
     * @return this builder
     */
    Builder id(String id);

    /**
     * @param description what the goal is, in the clinician's words
     * @return this builder
     */
    Builder description(String description);

    /**
     * @param target the measurable target
     * @return this builder
     */
    Builder target(String target);

    /**
     * @param target the measurable target, or empty
     * @return this builder
     */
    Builder target(Optional<String> target);

    /**
     * @param lifecycleStatus where the goal is in its life
     * @return this builder
     */
    Builder lifecycleStatus(GoalLifecycleStatus lifecycleStatus);

    /**
     * @param achievementStatus how the goal stands against its target
     * @return this builder
     */
    Builder achievementStatus(GoalAchievementStatus achievementStatus);

    /**
     * @param achievementStatus how the goal stands against its target, or empty
     * @return this builder
     */
    Builder achievementStatus(Optional<? extends GoalAchievementStatus> achievementStatus);

    /**
     * @param gasBaseline -1 (the default) or -2
     * @return this builder
     */
    Builder gasBaseline(int gasBaseline);

    /**
     * @param gasWeight a finite number greater than zero; 1 by default
     * @return this builder
     */
    Builder gasWeight(double gasWeight);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the goal to copy
     * @return this builder
     */
    Builder from(Goal instance);

    /**
     * @return the goal
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    Goal build();
  }
}
