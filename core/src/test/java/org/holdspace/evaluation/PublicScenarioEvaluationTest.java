package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.ParentSummary;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.sensory.SupportCodes;
import org.junit.jupiter.api.Test;

/** The six public scenarios with their expected assessments, prompts and summaries. */
class PublicScenarioEvaluationTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Narrator ENGLISH = Narrator.of(Locale.ENGLISH);

  private static Assessment assess(PublicScenario scenario) {
    return EVALUATOR.evaluate(scenario.session());
  }

  private static List<String> reflectionKeys(Assessment a) {
    return a.reflections().stream().map(Finding::key).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void hardDayReachesSafetyAndRegulationWithoutGoalWork() {
    Assessment a = assess(PublicScenario.HARD_DAY);
    assertThat(a.headline()).isEqualTo(Headline.HARD_DAY_REGULATED);
    assertThat(a.rungs()).containsExactly(Rung.SAFETY, Rung.REGULATION, Rung.CONNECTION);
    assertThat(a.goalOutcome().hasAttempts()).isFalse();
    assertThat(a.goalOutcome().tScore()).isEmpty();
    assertThat(a.evidenceFor(Rung.REGULATION)).extracting(Finding::key)
        .contains("finding.regulation.moved-toward-regulated");
    assertThat(a.evidenceFor(Rung.REGULATION).get(0).evidence()).containsExactly("a01", "a13");
    assertThat(a.timeToRegulate()).contains(java.time.Duration.ofMinutes(46));
    assertThat(a.supportsThatHelped()).containsExactly(SupportCodes.DIMMED_LIGHTS, SupportCodes.DEEP_PRESSURE);
    assertThat(reflectionKeys(a)).containsExactly("prompt.arrived-dysregulated");
  }

  @Test
  void hardDayParentSummaryExplainsWhyThisWasTherapy() {
    ParentSummary s = ENGLISH.parentSummary(assess(PublicScenario.HARD_DAY), "Ada");
    assertThat(s.whatHappened()).isEqualTo("Today was a hard day for Ada. Much of the session went into helping "
        + "Ada feel safe and settled, and by the end Ada was calmer.");
    assertThat(s.whyItMattered()).contains("Helping Ada settle is therapy");
    assertThat(s.whatHelped()).isEqualTo("What helped today: dimmed lights and deep pressure.");
    assertThat(s.whatNext()).contains("return to goals when Ada is ready").contains("Some days are hard");
  }

  @Test
  void steadySessionReachesEveryRungWithItsTScore() {
    Assessment a = assess(PublicScenario.STEADY_SESSION);
    assertThat(a.headline()).isEqualTo(Headline.GOAL_PROGRESS);
    assertThat(a.rungs()).containsExactly(Rung.values());
    assertThat(a.goalOutcome().gasLevels()).containsEntry("g-turns", 0).containsEntry("g-requests", -1);
    assertThat(a.goalOutcome().tScore().getAsDouble()).isCloseTo(50 - 10 / Math.sqrt(2.6), within(1e-12));
    assertThat(a.reflections()).isEmpty();
  }

  @Test
  void oneSupportHelpsAndTheDeclinedOneCarriesNoJudgement() {
    Assessment a = assess(PublicScenario.ONE_SUPPORT_HELPS);
    assertThat(a.rungs()).contains(Rung.REGULATION);
    assertThat(a.supportsThatHelped()).containsExactly(SupportCodes.DEEP_PRESSURE);
    assertThat(a.evidenceFor(Rung.REGULATION)).anySatisfy(f -> {
      assertThat(f.key()).isEqualTo("finding.regulation.support-helped");
      assertThat(f.evidence()).containsExactly("c03");
    });
    // the declined fidget (c02) is in no reflection
    assertThat(a.reflections()).allSatisfy(f -> assertThat(f.evidence()).doesNotContain("c02"));
    assertThat(reflectionKeys(a)).doesNotContain("prompt.supports-without-visible-effect");
  }

  @Test
  void demandOutrunningReadinessRaisesADemandReflection() {
    Assessment a = assess(PublicScenario.DEMAND_OUTRUNS_READINESS);
    assertThat(a.rungs()).contains(Rung.SAFETY, Rung.REGULATION);
    assertThat(a.headline()).isEqualTo(Headline.HARD_DAY_REGULATED);
    assertThat(a.reflections()).anySatisfy(f -> {
      assertThat(f.key()).isEqualTo("prompt.demand-before-escalation");
      assertThat(f.evidence()).containsExactly("d03", "d05");
      assertThat(f.ruleId()).isEqualTo(StandardRules.DEMAND_ID);
    });
    assertThat(ENGLISH.reflections(a)).anySatisfy(t -> assertThat(t).startsWith("Demand rose shortly before"));
  }

  @Test
  void nothingDocumentedIsNotDocumentedEnoughNeverFailed() {
    Assessment a = assess(PublicScenario.NOTHING_DOCUMENTED);
    assertThat(a.headline()).isEqualTo(Headline.NOT_DOCUMENTED_ENOUGH);
    assertThat(a.rungs()).isEmpty();
    assertThat(a.findings()).isEmpty();
    assertThat(a.regulatedShare()).isEmpty();
    assertThat(ENGLISH.headline(a)).isEqualTo("Not documented enough to say what value the session had.");
  }

  @Test
  void shutdownAllSessionIsSafeButNotYetRegulatedAndSaysSoHonestly() {
    Assessment a = assess(PublicScenario.SHUTDOWN_ALL_SESSION);
    assertThat(a.headline()).isEqualTo(Headline.HARD_DAY_HELD_SAFELY);
    assertThat(a.rungs()).contains(Rung.SAFETY).doesNotContain(Rung.REGULATION);
    assertThat(reflectionKeys(a)).contains("prompt.environment-load", "prompt.dysregulation-without-support");
    ParentSummary s = ENGLISH.parentSummary(a);
    assertThat(s.text()).doesNotContain("calmer").contains("stayed close");
    assertThat(s.whatHelped()).isEqualTo("Staying close and calm together helped.");
  }

  @Test
  void everyAssessmentRecordsTheRuleSetThatMadeIt() {
    for (PublicScenario scenario : PublicScenario.values()) {
      Assessment a = assess(scenario);
      assertThat(a.ruleSetId()).isEqualTo("holdspace.standard");
      assertThat(a.ruleSetVersion()).isEqualTo("1");
      assertThat(a.sessionId()).isEqualTo(scenario.session().id());
      assertThat(a.findings()).allSatisfy(f -> assertThat(f.ruleVersion()).isEqualTo(1));
    }
  }
}
