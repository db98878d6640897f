package org.holdspace.goal;

import java.util.List;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * One goal's Goal Attainment Scaling level with its weight, an input to {@link
 * GoalAttainmentScale#tScore}.
 *
 * <pre>{@code
 * GasRating rating = GasRating.of(-1, 2.0); // less than expected, on a goal weighted 2
 * }</pre>
 */
@Value.Immutable(builder = false)
@HoldspaceStyle
public abstract class GasRating {
  /** The lowest level: much less than expected. */
  public static final int MIN_LEVEL = -2;
  /** The usual baseline of a goal, the level that means "no change": -1, less than expected. */
  public static final int DEFAULT_BASELINE = -1;
  /** The highest level: much more than expected. */
  public static final int MAX_LEVEL = 2;

  GasRating() {}

  /** {@return the level, -2 (much less than expected) to +2 (much more than expected); 0 is as expected} */
  @Value.Parameter
  public abstract int level();

  /** @return the weight, greater than zero and at most {@link #MAX_WEIGHT} */
  @Value.Parameter
  public abstract double weight();

  /**
   * A rating of {@code level} with weight {@code weight}.
   *
   * @param level -2 to +2
   * @param weight the goal's weight, greater than zero
   * @return the rating
   *
   * @throws org.holdspace.validation.ValidationException if the level is outside -2..+2 or the
   *     weight is not a finite number greater than zero
   */
  public static GasRating of(int level, double weight) {
    return ImmutableGasRating.of(level, weight);
  }

  /**
   * A rating of {@code level} with weight 1.
   *
   * @param level -2 to +2
   * @return the rating
   */
  public static GasRating of(int level) {
    return ImmutableGasRating.of(level, 1.0);
  }

  /**
   * Whether {@code level} is a GAS level, -2 to +2.
   *
   * @param level a number
   * @return whether it is a GAS level
   */
  public static boolean isValidLevel(int level) {
    return level >= MIN_LEVEL && level <= MAX_LEVEL;
  }

  /**
   * The largest GAS weight the library accepts: far above any weight a team gives a goal, and low
   * enough that no sum of weights overflows. With any weights in (0, {@code MAX_WEIGHT}], however
   * small, every T-score is a finite number ({@link GoalAttainmentScale#tScore(List, double)}).
   */
  public static final double MAX_WEIGHT = 1000;

  /**
   * Whether {@code weight} is a GAS weight: greater than zero and at most {@link #MAX_WEIGHT}.
   *
   * @param weight a weight
   * @return whether it is valid
   */
  public static boolean isValidWeight(double weight) {
    return weight > 0 && weight <= MAX_WEIGHT;
  }

  @Value.Check
  void check() {
    if (isValidLevel(level()) && isValidWeight(weight())) {
      return; // every rating the evaluation makes: no report started
    }
    Violations v = Violations.of("GasRating");
    if (!isValidLevel(level())) {
      v.add(CoreViolation.GAS_LEVEL_OUT_OF_RANGE, "level");
    }
    if (!isValidWeight(weight())) {
      v.add(CoreViolation.GAS_WEIGHT_INVALID, "weight");
    }
    v.throwIfAny();
  }
}
