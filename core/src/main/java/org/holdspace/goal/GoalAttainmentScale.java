package org.holdspace.goal;

import java.util.List;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.holdspace.validation.Violation;

/**
 * Goal Attainment Scaling: combines several goals' levels into one T-score (Kiresuk and
 * Sherman), {@code T = 50 + 10 * sum(w*x) / sqrt((1 - rho) * sum(w^2) + rho * (sum w)^2)}.
 * A T-score of 50 means every goal was met as expected.
 *
 * <pre>{@code
 * double t = GoalAttainmentScale.tScore(List.of(GasRating.of(0), GasRating.of(-1)));
 * // 50 + 10 * -1 / sqrt(0.7 * 2 + 0.3 * 4) = 43.798...
 * }</pre>
 */
public final class GoalAttainmentScale {
  /** The conventional correlation between goals' scores, 0.3. */
  public static final double DEFAULT_RHO = 0.3;

  private GoalAttainmentScale() {}

  /**
   * The T-score of {@code ratings} with {@link #DEFAULT_RHO}; see {@link #tScore(List, double)}.
   *
   * @param ratings the ratings of the goals
   * @return the T-score
   */
  public static double tScore(List<GasRating> ratings) {
    return tScore(ratings, DEFAULT_RHO);
  }

  /**
   * The T-score of {@code ratings}, with {@code rho} the assumed correlation between goals: a finite
   * number for every list of valid ratings, whatever their weights (the formula does not change
   * when every weight is multiplied by one factor, and is computed so).
   *
   * @param ratings at least one rating
   * @param rho at least 0 and less than 1
   * @return the T-score; 50 when every level is 0
   * @throws ValidationException if there is no rating or rho is out of range
   */
  public static double tScore(List<GasRating> ratings, double rho) {
    if (ratings.isEmpty()) {
      throw new ValidationException("GasRating list", List.of(Violation.of(CoreViolation.GAS_NO_RATINGS, "ratings")));
    }
    if (!(rho >= 0 && rho < 1)) {
      throw new ValidationException("GasRating list", List.of(Violation.of(CoreViolation.GAS_RHO_OUT_OF_RANGE, "rho")));
    }
    // The formula is the same for weights all multiplied by one factor: the weights are scaled by a
    // power of two (exact) so that the largest lies in [1, 2). Then no square underflows to zero
    // with tiny weights (1e-300 gave NaN, Double.MIN_VALUE infinity), and the result is the same,
    // to the bit, as the unscaled formula wherever that one was finite.
    double largest = 0;
    for (GasRating r : ratings) {
      largest = Math.max(largest, r.weight());
    }
    int scale = -exponent(largest);
    double weightedSum = 0;
    double sumOfSquares = 0;
    double sumOfWeights = 0;
    for (GasRating r : ratings) {
      double w = Math.scalb(r.weight(), scale);
      weightedSum += w * r.level();
      sumOfSquares += w * w;
      sumOfWeights += w;
    }
    // (1 - rho) * S2 + rho * S1^2, written so that exact inputs stay exact
    double denominator = sumOfSquares + rho * (sumOfWeights * sumOfWeights - sumOfSquares);
    return 50 + 10 * weightedSum / Math.sqrt(denominator);
  }

  /** The binary exponent of a positive finite {@code x}, subnormal numbers included. */
  private static int exponent(double x) {
    int e = Math.getExponent(x);
    return e >= Double.MIN_EXPONENT ? e : Math.getExponent(x * 0x1p54) - 54;
  }
}
