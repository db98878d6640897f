package org.holdspace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.holdspace.testkit.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.ClientHistory;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.GoalOutcome;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.goal.GasRating;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.testkit.Generators;
import org.holdspace.timeline.Interval;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Values an attacker or a hurried vendor would try: each is refused when built, with the library's own exception. */
class HostileValuesTest {

  @Test
  void idsRefuseInvisibleCharacters() {
    for (String id : List.of("a\u202Eb", "zero\u200Bwidth", "line\u2028sep", "para\u2029sep", "lone\uD800", "\uDC00x",
        "bom\uFEFF")) {
      ValidationException e = catchThrowableOfType(ValidationException.class, () -> Code.of("s", id));
      assertThat(e).as(id).isNotNull();
      assertThat(e.has(CoreViolation.INVISIBLE_CHARACTER, "code")).as(id).isTrue();
      assertThat(e.getMessage()).doesNotContain(id);
    }
    assertThat(Code.of("s", "caf\u00e9 \uD83D\uDE00 \u4E2D").code()).isEqualTo("caf\u00e9 \uD83D\uDE00 \u4E2D");
  }

  @Test
  void timesTowardsTheEndOfTimeAreRefusedWhenBuiltSoThatEvaluationCannotOverflow() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> Interval.of(Instant.MAX.minusSeconds(60), Instant.MAX));
    assertThat(e.has(CoreViolation.TIME_OUT_OF_RANGE, "start")).isTrue();
    assertThat(e.has(CoreViolation.TIME_OUT_OF_RANGE, "end")).isTrue();
    assertThat(catchThrowableOfType(ValidationException.class, () -> Interval.of(Interval.LATEST, Duration.ofDays(1)))
        .has(CoreViolation.TIME_OUT_OF_RANGE, "end")).isTrue();
    assertThat(catchThrowableOfType(ValidationException.class, () -> RegulationObservation.builder().id("e")
        .at(Instant.MIN).band(ArousalBand.CRISIS).build()).has(CoreViolation.TIME_OUT_OF_RANGE, "at")).isTrue();
    Session last = Session.builder().from(PublicScenario.HARD_DAY.session()).events(List.of())
        .planned(Interval.of(Interval.LATEST.minusSeconds(3600), Interval.LATEST))
        .actual(Interval.of(Interval.LATEST.minusSeconds(3600), Interval.LATEST))
        .addEvent(RegulationObservation.builder().id("e").at(Interval.LATEST.minusSeconds(60)).until(Interval.LATEST)
            .band(ArousalBand.CRISIS).build())
        .build();
    assertThat(Evaluator.of(StandardRules.ruleSet()).evaluate(last).headline().isHardDay()).isTrue();
  }

  @Test
  void aHistoryOfHugeOrNegativeTimesIsRefused() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> ClientHistory.of(List.of(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofMinutes(-1), Duration.ofMinutes(9))));
    assertThat(e.violations()).extracting(v -> v.path()).containsExactly("timesToRegulate[0]", "timesToRegulate[1]");
  }

  @Test
  void gasWeightsAreBoundedSoThatEveryTScoreIsFinite() {
    assertThat(catchThrowableOfType(ValidationException.class, () -> GasRating.of(1, 1.7e308))
        .has(CoreViolation.GAS_WEIGHT_INVALID, "weight")).isTrue();
    assertThat(catchThrowableOfType(ValidationException.class, () -> Goal.builder().id("g").description("d")
        .lifecycleStatus(GoalLifecycleStatus.ACTIVE).gasWeight(Double.NaN).build())
        .has(CoreViolation.GAS_WEIGHT_INVALID, "gasWeight")).isTrue();
    double t = org.holdspace.goal.GoalAttainmentScale.tScore(List.of(GasRating.of(2, GasRating.MAX_WEIGHT),
        GasRating.of(-2, Double.MIN_VALUE)));
    assertThat(Double.isFinite(t)).isTrue();
  }

  @Test
  void anAssessmentWithImpossibleFiguresIsRefused() {
    Assessment good = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.STEADY_SESSION.session());
    for (double share : new double[] {7.5, -0.1, Double.NaN}) {
      assertThat(catchThrowableOfType(ValidationException.class,
          () -> Assessment.builder().from(good).regulatedShare(share).build())
          .has(CoreViolation.OUT_OF_RANGE, "regulatedShare")).as("share %s", share).isTrue();
    }
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> Assessment.builder().from(good).timeToRegulate(Duration.ofMinutes(-5)).build())
        .has(CoreViolation.OUT_OF_RANGE, "timeToRegulate")).isTrue();
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> GoalOutcome.builder().gasLevels(Map.of("g", 7)).tScore(Double.NaN).build()).violations())
        .extracting(v -> v.path()).containsExactly("gasLevels[0]", "tScore");
  }

  @Test
  void everyGeneratedAssessmentHoldsOnlyFiniteFiguresInRange() {
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    qt(400).forAll(Generators.sessions()).checkAssert(s -> {
      Assessment a = evaluator.evaluate(s);
      OptionalDouble t = a.goalOutcome().tScore();
      assertThat(t.isEmpty() || Double.isFinite(t.getAsDouble())).isTrue();
      assertThat(a.regulatedShare().isEmpty() || (a.regulatedShare().getAsDouble() >= 0
          && a.regulatedShare().getAsDouble() <= 1)).isTrue();
      assertThat(a.timeToRegulate().map(d -> !d.isNegative()).orElse(true)).isTrue();
      assertThat(Assessment.builder().from(a).build()).isEqualTo(a);
      assertThat(a.headline() == Headline.NOT_HELD).isEqualTo(s.status() == SessionStatus.CANCELLED
          || s.status() == SessionStatus.NO_SHOW);
    });
  }
}
