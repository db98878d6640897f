package org.holdspace.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.testkit.Generators;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

class GoalAttainmentScaleTest {

  @Test
  void sixWeightedGoalsGiveExactlyFiftyFive() {
    int[] levels = {-2, 0, -1, 2, 0, 1};
    double[] weights = {3, 5, 1, 4, 2, 6};
    List<GasRating> ratings = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      ratings.add(GasRating.of(levels[i], weights[i]));
    }
    // sum(w*x) = 7; (1 - 0.3) * 91 + 0.3 * 21^2 = 196; 50 + 10 * 7 / 14 = 55
    assertThat(GoalAttainmentScale.tScore(ratings)).isEqualTo(55.0);
  }

  @Test
  void scenarioBLevelsZeroAndMinusOne() {
    // 50 + 10 * (-1) / sqrt(0.7 * 2 + 0.3 * 4) = 50 - 10 / sqrt(2.6)
    double expected = 50 - 10 / Math.sqrt(2.6);
    assertThat(GoalAttainmentScale.tScore(List.of(GasRating.of(0), GasRating.of(-1))))
        .isCloseTo(expected, within(1e-12));
    assertThat(expected).isCloseTo(43.7983, within(1e-4));
  }

  @Test
  void rhoZeroIsTheUnweightedStandardScore() {
    // rho = 0: 50 + 10 * sum(x) / sqrt(n)
    List<GasRating> ratings = List.of(GasRating.of(1), GasRating.of(1), GasRating.of(2), GasRating.of(0));
    assertThat(GoalAttainmentScale.tScore(ratings, 0.0)).isCloseTo(50 + 10 * 4 / 2.0, within(1e-12));
  }

  @Test
  void oneGoalScoresFiftyPlusTenTimesItsLevelWhateverItsWeight() {
    qt(300).forAll(Generators.gasRatings()).checkAssert(r ->
        assertThat(GoalAttainmentScale.tScore(List.of(r))).isCloseTo(50 + 10.0 * r.level(), within(1e-9)));
  }

  @Test
  void agreesWithAnIndependentDecimalComputation() {
    qt(300).forAll(lists().of(Generators.gasRatings()).ofSizeBetween(1, 12)).checkAssert(ratings -> {
      MathContext mc = MathContext.DECIMAL128;
      BigDecimal wx = BigDecimal.ZERO;
      BigDecimal w2 = BigDecimal.ZERO;
      BigDecimal w = BigDecimal.ZERO;
      for (GasRating r : ratings) {
        BigDecimal weight = BigDecimal.valueOf(r.weight());
        wx = wx.add(weight.multiply(BigDecimal.valueOf(r.level())));
        w2 = w2.add(weight.multiply(weight));
        w = w.add(weight);
      }
      BigDecimal rho = new BigDecimal("0.3");
      BigDecimal denominator = BigDecimal.ONE.subtract(rho).multiply(w2).add(rho.multiply(w.multiply(w)));
      BigDecimal expected = BigDecimal.valueOf(50).add(
          BigDecimal.TEN.multiply(wx).divide(denominator.sqrt(mc), mc));
      assertThat(GoalAttainmentScale.tScore(ratings)).isCloseTo(expected.doubleValue(), within(1e-9));
    });
  }

  @Test
  void mirroredLevelsMirrorTheScoreAroundFifty() {
    qt(300).forAll(lists().of(Generators.gasRatings()).ofSizeBetween(1, 12)).checkAssert(ratings -> {
      List<GasRating> mirrored = new ArrayList<>();
      ratings.forEach(r -> mirrored.add(GasRating.of(-r.level(), r.weight())));
      assertThat(GoalAttainmentScale.tScore(ratings) + GoalAttainmentScale.tScore(mirrored))
          .isCloseTo(100.0, within(1e-9));
    });
  }

  @Test
  void noRatingsIsRefused() {
    assertThatThrownBy(() -> GoalAttainmentScale.tScore(List.of()))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.GAS_NO_RATINGS, "ratings")).isTrue());
  }

  @Test
  void rhoOutsideZeroToOneIsRefused() {
    for (double rho : new double[] {-0.1, 1.0, Double.NaN}) {
      assertThatThrownBy(() -> GoalAttainmentScale.tScore(List.of(GasRating.of(0)), rho))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.has(CoreViolation.GAS_RHO_OUT_OF_RANGE, "rho")).isTrue());
    }
  }

  @Test
  void levelsOutsideMinusTwoToTwoAndBadWeightsAreRefusedTogether() {
    assertThatThrownBy(() -> GasRating.of(3, 0))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.has(CoreViolation.GAS_LEVEL_OUT_OF_RANGE, "level")).isTrue();
          assertThat(e.has(CoreViolation.GAS_WEIGHT_INVALID, "weight")).isTrue();
        });
    for (double weight : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> GasRating.of(0, weight)).isInstanceOf(ValidationException.class);
    }
    assertThatThrownBy(() -> GasRating.of(-3)).isInstanceOf(ValidationException.class);
  }

  @Test
  void everyWeightTheApiAcceptsGivesAFiniteScore() {
    // weights drawn over the whole range the API accepts, subnormal numbers included: any
    // positive double up to 1000 is a bit pattern between those of Double.MIN_VALUE and 1000
    long top = Double.doubleToLongBits(GasRating.MAX_WEIGHT);
    qt(500).forAll(lists().of(integers().between(-2, 2)).ofSizeBetween(1, 8),
        lists().of(longs().between(1, top)).ofSizeBetween(8, 8),
        doubles().between(0, 0.999)).checkAssert((levels, bits, rho) -> {
          List<GasRating> ratings = new ArrayList<>();
          for (int i = 0; i < levels.size(); i++) {
            ratings.add(GasRating.of(levels.get(i), Double.longBitsToDouble(bits.get(i))));
          }
          double t = GoalAttainmentScale.tScore(ratings, rho);
          assertThat(Double.isFinite(t)).as("finite").isTrue();
          // |sum w x| <= 2 sum w <= 2 sqrt(n) sqrt(sum w^2) and the denominator is at least
          // sqrt((1 - rho) sum w^2), so the score lies within 20 sqrt(n / (1 - rho)) of 50
          double bound = 20 * Math.sqrt(levels.size() / (1 - rho)) + 1e-6;
          assertThat(Math.abs(t - 50)).isLessThanOrEqualTo(bound);
        });
  }

  @Test
  void theTinyWeightsThatOnceGaveNoNumberGiveTheScoreOfTheirRatios() {
    // the formula is the same when every weight is multiplied by one factor
    List<GasRating> ones = List.of(GasRating.of(1, 1), GasRating.of(-2, 1), GasRating.of(2, 2));
    for (double w : new double[] {1e-300, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-10, 500}) {
      List<GasRating> scaled = new ArrayList<>();
      for (GasRating r : ones) {
        scaled.add(GasRating.of(r.level(), r.weight() == 1 ? w : 2 * w));
      }
      assertThat(GoalAttainmentScale.tScore(scaled)).as("weight %s", w).isEqualTo(GoalAttainmentScale.tScore(ones));
    }
    assertThat(GoalAttainmentScale.tScore(List.of(GasRating.of(2, 1e-300), GasRating.of(0, 1e-300))))
        .isEqualTo(GoalAttainmentScale.tScore(List.of(GasRating.of(2), GasRating.of(0))));
    assertThat(GoalAttainmentScale.tScore(List.of(GasRating.of(-1, Double.MIN_VALUE)))).isEqualTo(40.0);
  }
}
