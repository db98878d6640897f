package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.holdspace.code.Code;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());

  @Test
  void aSessionThatDidNotTakePlaceIsNotHeldWithNoFindings() {
    Session hardDay = PublicScenario.HARD_DAY.session();
    Session cancelled = Session.builder().from(hardDay).status(SessionStatus.CANCELLED)
        .endReason(EndReasonCodes.ILLNESS).actual(java.util.Optional.empty()).events(List.of()).build();
    Assessment a = EVALUATOR.evaluate(cancelled);
    assertThat(a.headline()).isEqualTo(Headline.NOT_HELD);
    assertThat(a.findings()).isEmpty();
    assertThat(a.rungs()).isEmpty();
  }

  @Test
  void muchLongerTimeToRegulateThanRecentlyRaisesAReflection() {
    Session hardDay = PublicScenario.HARD_DAY.session(); // 46 minutes to regulate
    List<Duration> recent = List.of(Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(12));
    Assessment a = EVALUATOR.evaluate(hardDay, ClientHistory.of(recent));
    assertThat(a.reflections()).anySatisfy(f -> {
      assertThat(f.key()).isEqualTo("prompt.longer-time-to-regulate");
      assertThat(f.evidence()).containsExactly("a01", "a13");
    });
    List<Duration> similar = List.of(Duration.ofMinutes(40), Duration.ofMinutes(35), Duration.ofMinutes(45));
    assertThat(EVALUATOR.evaluate(hardDay, ClientHistory.of(similar)).reflections())
        .noneSatisfy(f -> assertThat(f.key()).isEqualTo("prompt.longer-time-to-regulate"));
    assertThat(EVALUATOR.evaluate(hardDay, ClientHistory.of(recent.subList(0, 2))).reflections())
        .noneSatisfy(f -> assertThat(f.key()).isEqualTo("prompt.longer-time-to-regulate"));
  }

  @Test
  void harmSignsMakeAnIncidentAndDoNotEraseTheSafetyAfterThem() {
    Evaluator strict = EVALUATOR.withConfig(EvaluationConfig.builder()
        .harmSigns(java.util.Set.of(org.holdspace.regulation.RegulationSignCodes.CRYING)).build());
    Assessment a = strict.evaluate(PublicScenario.HARD_DAY.session());
    assertThat(a.incident()).hasValueSatisfying(f -> assertThat(f.evidence()).containsExactly("a01"));
    assertThat(a.rungs()).contains(Rung.SAFETY, Rung.REGULATION);
    assertThat(a.evidenceFor(Rung.SAFETY)).extracting(Finding::key).contains("finding.safety.regulated-after-harm");
    assertThat(a.reflections()).extracting(Finding::key).contains("prompt.harm-signs");
  }

  @Test
  void aSessionThatEndsInCrisisHasNoSafetyRungAndIsHeldAsAnIncident() {
    Session steady = PublicScenario.STEADY_SESSION.session();
    java.time.Instant end = steady.actual().get().end();
    Session endsInCrisis = Session.builder().from(steady)
        .addEvent(org.holdspace.regulation.RegulationObservation.builder().id("late-crisis")
            .at(end.minusSeconds(120)).until(end).band(org.holdspace.regulation.ArousalBand.CRISIS).build())
        .build();
    Assessment a = EVALUATOR.evaluate(endsInCrisis);
    assertThat(a.rungs()).doesNotContain(Rung.SAFETY);
    assertThat(a.headline().isHardDay()).isTrue();
    assertThat(a.incident()).hasValueSatisfying(f -> {
      assertThat(f.key()).isEqualTo("incident.ended-in-crisis");
      assertThat(f.evidence()).containsExactly("late-crisis");
    });
    assertThat(a.findings()).extracting(Finding::key).contains("finding.ending.crisis", "prompt.ended-in-crisis");
    assertThat(org.holdspace.narrative.Narrator.of(java.util.Locale.ENGLISH).parentSummary(endsInCrisis, a).text())
        .as("no sendable text").isEmpty();
  }

  @Test
  void thresholdsAreConfigurable() {
    Evaluator lenient = EVALUATOR.withConfig(EvaluationConfig.builder()
        .hardDayDysregulation(Duration.ofMinutes(90)).build());
    assertThat(lenient.evaluate(PublicScenario.HARD_DAY.session()).headline()).isEqualTo(Headline.FOUNDATIONS);
    assertThat(EvaluationConfig.defaults().sustainedRegulation()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void invalidThresholdsAreRefusedTogether() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> EvaluationConfig.builder()
        .sustainedRegulation(Duration.ZERO).presenceWindow(Duration.ofSeconds(Long.MAX_VALUE)).historyMinimum(0)
        .longerTimeToRegulateFactor(0.5).build());
    assertThat(e.violations()).extracting(v -> v.path() + " " + v.code().code())
        .containsExactly("presenceWindow value.out-of-range", "sustainedRegulation value.not-positive",
            "historyMinimum value.not-positive", "longerTimeToRegulateFactor value.out-of-range");
  }

  @Test
  void oneEvaluatorServesManyThreadsWithTheSameResults() throws Exception {
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      for (PublicScenario p : PublicScenario.values()) {
        sessions.add(p.session());
      }
    }
    List<Assessment> expected = new ArrayList<>();
    sessions.forEach(s -> expected.add(EVALUATOR.evaluate(s)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Assessment>> futures = new ArrayList<>();
      for (Session s : sessions) {
        futures.add(pool.submit(() -> EVALUATOR.evaluate(s)));
      }
      for (int i = 0; i < sessions.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void supportsThatHelpedAreDistinctByConcept() {
    Session hardDay = PublicScenario.HARD_DAY.session();
    java.time.Instant t = hardDay.actual().get().start().plusSeconds(2400);
    Session twice = Session.builder().from(hardDay)
        .addEvent(org.holdspace.sensory.SensorySupport.builder().id("again").at(t)
            .support(Code.of(org.holdspace.sensory.SensorySupportCodes.SYSTEM, "deep-pressure", "Another display"))
            .response(org.holdspace.sensory.SupportResponse.ACCEPTED)
            .effect(org.holdspace.sensory.SupportEffect.HELPED).build())
        .build();
    Assessment a = EVALUATOR.evaluate(twice);
    assertThat(a.supportsThatHelped()).containsExactly(org.holdspace.sensory.SensorySupportCodes.DIMMED_LIGHTS,
        org.holdspace.sensory.SensorySupportCodes.DEEP_PRESSURE);
    assertThat(a.evidenceFor(Rung.REGULATION)).anySatisfy(f ->
        assertThat(f.evidence()).containsExactly("a08", "a11", "again", "a13"));
  }
}
