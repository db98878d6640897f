package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.ParentSummary;
import org.holdspace.narrative.Statement;
import org.holdspace.narrative.SummaryStatus;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.sensory.SensorySupportCodes;
import org.junit.jupiter.api.Test;

/**
 * The public scenarios A to F and Q to U (DOMAIN.md) with their expected rungs, headline,
 * incident, prompts, parent-summary status and sentences, under rule set version 2.
 */
class PublicScenarioEvaluationTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Narrator ENGLISH = Narrator.of(Locale.ENGLISH);

  private static Assessment assess(PublicScenario scenario) {
    return EVALUATOR.evaluate(scenario.session());
  }

  /** The public scenario's session that {@code a} assesses. */
  private static org.holdspace.session.Session sessionOf(Assessment a) {
    for (PublicScenario p : PublicScenario.values()) {
      if (p.session().id().equals(a.sessionId())) {
        return p.session();
      }
    }
    throw new AssertionError(a.sessionId());
  }

  private static List<String> reflectionKeys(Assessment a) {
    return a.reflections().stream().map(Finding::key).collect(Collectors.toList());
  }

  private static List<String> summaryKeys(Assessment a) {
    return ENGLISH.parentSummary(sessionOf(a), a).statements().stream().map(Statement::key).collect(Collectors.toList());
  }

  private static List<String> summaryTexts(Assessment a, String child) {
    return ENGLISH.parentSummary(sessionOf(a), a, child).statements().stream().map(Statement::text).collect(Collectors.toList());
  }

  private static Set<Rung> rungs(Rung... rungs) {
    return rungs.length == 0 ? EnumSet.noneOf(Rung.class) : EnumSet.copyOf(List.of(rungs));
  }

  @Test
  void aHardDayReachesSafetyAndRegulationWithoutGoalWork() {
    Assessment a = assess(PublicScenario.HARD_DAY);
    assertThat(a.headline()).isEqualTo(Headline.HARD_DAY_SAFETY_AND_REGULATION);
    assertThat(a.rungs()).isEqualTo(rungs(Rung.SAFETY, Rung.REGULATION, Rung.CONNECTION));
    assertThat(a.incident()).isEmpty();
    assertThat(a.goalOutcome().hasAttempts()).isFalse();
    assertThat(a.goalOutcome().tScore()).isEmpty();
    assertThat(a.evidenceFor(Rung.REGULATION).get(0).key()).isEqualTo("finding.regulation.moved-toward-regulated");
    assertThat(a.evidenceFor(Rung.REGULATION).get(0).evidence()).containsExactly("a09", "a13");
    assertThat(a.timeToRegulate()).contains(Duration.ofMinutes(46));
    assertThat(a.supportsThatHelped()).containsExactly(SensorySupportCodes.DIMMED_LIGHTS, SensorySupportCodes.DEEP_PRESSURE);
    assertThat(a.supportsPresentWhenRegulationCame()).containsExactly(SensorySupportCodes.DIMMED_LIGHTS);
    assertThat(reflectionKeys(a)).containsExactly("prompt.arrived-dysregulated", "prompt.sensory-needs-and-environment");
  }

  @Test
  void aHardDaysParentSummaryExplainsWhyThisWasTherapy() {
    Assessment a = assess(PublicScenario.HARD_DAY);
    ParentSummary s = ENGLISH.parentSummary(sessionOf(a), a, "Ada");
    assertThat(s.status()).isEqualTo(SummaryStatus.READY);
    assertThat(s.text()).isEqualTo("Today was a hard day for Ada. The therapist stayed close and calm, so that Ada "
        + "could feel safe. Later, Ada became calmer and stayed that way. Ada showed signs of trust "
        + "in the therapist.\n\n"
        + "Hard days happen, and they are nobody's fault. A child needs to feel safe and calm before they can learn. "
        + "Helping Ada with that is part of therapy.\n\n"
        + "What seemed to help today: dimmed lights. This also seemed to help: deep pressure.\n\n"
        + "Next time, the therapist may start gently and follow Ada's lead. The therapist may bring back what seemed "
        + "to help. The therapist may come back to goals when Ada is ready.");
    Statement calmer = s.whatHappened().get(2);
    assertThat(calmer.key()).isEqualTo("summary.regulation.calmer");
    assertThat(calmer.evidence()).containsExactly("a09", "a13");
  }

  @Test
  void aSteadySessionReachesEveryRungWithItsTScore() {
    Assessment a = assess(PublicScenario.STEADY_SESSION);
    assertThat(a.headline()).isEqualTo(Headline.GOAL_PROGRESS);
    assertThat(a.rungs()).isEqualTo(EnumSet.allOf(Rung.class));
    assertThat(a.evidenceFor(Rung.GOAL_PROGRESS).get(0).evidence())
        .as("GAS -1 at a -1 baseline is practice, not progress").containsExactly("b04");
    assertThat(a.goalOutcome().gasLevels()).containsEntry("g-turns", 0).containsEntry("g-requests", -1);
    assertThat(a.goalOutcome().tScore().getAsDouble()).isCloseTo(50 - 10 / Math.sqrt(2.6), within(1e-12));
    assertThat(a.reflections()).isEmpty();
    assertThat(summaryKeys(a)).contains("summary.practice", "summary.progress", "summary.next.progress")
        .doesNotContain("summary.hard-day", "summary.why.nobodys-fault");
  }

  @Test
  void oneSupportHelpsAndTheDeclinedOneIsNeitherJudgedNorCredited() {
    Assessment a = assess(PublicScenario.ONE_SUPPORT_HELPS);
    assertThat(a.headline()).isEqualTo(Headline.FOUNDATIONS);
    assertThat(a.rungs()).isEqualTo(rungs(Rung.SAFETY, Rung.REGULATION, Rung.ENGAGEMENT));
    assertThat(a.supportsThatHelped()).containsExactly(SensorySupportCodes.DEEP_PRESSURE);
    assertThat(a.findings()).allSatisfy(f -> assertThat(f.evidence()).doesNotContain("c02"));
    assertThat(reflectionKeys(a)).containsExactly("prompt.arrived-dysregulated");
    assertThat(ENGLISH.headline(a)).isEqualTo("Foundations for learning: safety, regulation and engagement.");
    assertThat(summaryTexts(a, "your child")).contains("What seemed to help today: deep pressure.")
        .noneMatch(t -> t.contains("fidget"));
  }

  @Test
  void demandOutrunsReadinessRaisesTheDemandReflection() {
    Assessment a = assess(PublicScenario.DEMAND_OUTRUNS_READINESS);
    assertThat(a.headline()).isEqualTo(Headline.HARD_DAY_SAFETY_AND_REGULATION);
    assertThat(a.rungs()).isEqualTo(rungs(Rung.SAFETY, Rung.REGULATION, Rung.ENGAGEMENT, Rung.SKILL_PRACTICE));
    assertThat(a.evidenceFor(Rung.SAFETY)).extracting(Finding::key).containsExactly("finding.safety.presence-after-harm");
    assertThat(a.evidenceFor(Rung.REGULATION).get(0).evidence()).containsExactly("d05", "d09");
    assertThat(a.reflections()).anySatisfy(f -> {
      assertThat(f.key()).isEqualTo("prompt.demand-before-escalation");
      assertThat(f.evidence()).containsExactly("d03", "d05");
    });
    assertThat(reflectionKeys(a)).contains("prompt.supports-without-visible-effect");
    assertThat(a.goalOutcome().gasLevels()).containsEntry("g-fine-motor", -2);
  }

  @Test
  void nothingDocumentedIsAPromptToDocumentAndNoSummary() {
    Assessment a = assess(PublicScenario.NOTHING_DOCUMENTED);
    assertThat(a.headline()).isEqualTo(Headline.NOT_DOCUMENTED_ENOUGH);
    assertThat(a.rungs()).isEmpty();
    assertThat(a.findings()).isEmpty();
    assertThat(ENGLISH.reflections(sessionOf(a), a)).extracting(Statement::key).containsExactly("prompt.document-session");
    ParentSummary s = ENGLISH.parentSummary(sessionOf(a), a);
    assertThat(s.status()).isEqualTo(SummaryStatus.WITHHELD_NOT_DOCUMENTED);
    assertThat(s.statements()).isEmpty();
  }

  @Test
  void shutdownAllSessionIsSafetyWithoutRegulationAndAsksAboutSensoryNeedsAndEnvironment() {
    Assessment a = assess(PublicScenario.SHUTDOWN_ALL_SESSION);
    assertThat(a.headline()).isEqualTo(Headline.HARD_DAY_SAFETY);
    assertThat(a.rungs()).isEqualTo(rungs(Rung.SAFETY, Rung.CONNECTION));
    assertThat(reflectionKeys(a)).containsExactly("prompt.arrived-dysregulated", "prompt.environment-load",
        "prompt.sensory-needs-and-environment");
    assertThat(summaryKeys(a)).doesNotContain("summary.regulation.calmer", "summary.helped")
        .contains("summary.still-learning");
    assertThat(String.join(" ", summaryTexts(a, "your child"))).doesNotContainIgnoringCase("calmer")
        .doesNotContainIgnoringCase("settled").doesNotContainIgnoringCase("accepted");
  }

  @Test
  void oneHardMomentThenHeldIsAnIncidentThatDoesNotEraseSafetyAndRegulation() {
    Assessment a = assess(PublicScenario.ONE_HARD_MOMENT_THEN_HELD);
    assertThat(a.headline()).isEqualTo(Headline.HARD_DAY_SAFETY_AND_REGULATION);
    assertThat(a.rungs()).isEqualTo(rungs(Rung.SAFETY, Rung.REGULATION));
    assertThat(a.incident()).hasValueSatisfying(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.INCIDENT);
      assertThat(f.evidence()).containsExactly("q02");
    });
    assertThat(a.evidenceFor(Rung.SAFETY)).extracting(Finding::key)
        .containsExactly("finding.safety.regulated-after-harm", "finding.safety.presence-after-harm");
    assertThat(a.supportsThatHelped()).containsExactly(SensorySupportCodes.DEEP_PRESSURE);
    assertThat(reflectionKeys(a)).startsWith("prompt.harm-signs");
    ParentSummary s = ENGLISH.parentSummary(sessionOf(a), a);
    assertThat(s.status()).isEqualTo(SummaryStatus.NEEDS_CLINICIAN_REVIEW);
    assertThat(s.isReady()).isFalse();
    assertThat(s.text()).as("no sendable text while on hold").isEmpty();
    assertThat(s.whatHappened()).extracting(Statement::text).contains(
        "There was a hard moment today.", "The therapist will talk with you about it.",
        "After the hard part, the therapist stayed close so your child could feel safe again.");
  }

  @Test
  void crisisThenCollapseIsSafetyWithoutRegulationAndNeverCalmer() {
    Assessment a = assess(PublicScenario.CRISIS_THEN_COLLAPSE);
    assertThat(a.headline()).isEqualTo(Headline.HARD_DAY_SAFETY);
    assertThat(a.rungs()).isEqualTo(rungs(Rung.SAFETY));
    assertThat(a.incident()).isEmpty();
    assertThat(a.evidenceFor(Rung.SAFETY).get(0).evidence()).containsExactly("r02");
    assertThat(ENGLISH.headline(a)).isEqualTo("A hard day that still reached safety.");
    String text = ENGLISH.parentSummary(sessionOf(a), a).draftForClinician().toLowerCase(Locale.ROOT);
    assertThat(text).doesNotContain("calmer").doesNotContain("calm times").doesNotContain("settled")
        .doesNotContain("regulat").doesNotContain("helped");
  }

  @Test
  void aSingleLateOfferIsAVeryHardDayWithNoRung() {
    Assessment a = assess(PublicScenario.SINGLE_LATE_OFFER);
    assertThat(a.headline()).isEqualTo(Headline.HARD_DAY);
    assertThat(a.rungs()).isEmpty();
    assertThat(a.reflections()).anySatisfy(f -> {
      assertThat(f.key()).isEqualTo("prompt.dysregulation-without-support");
      assertThat(f.evidence()).containsExactly("s01");
    });
    assertThat(ENGLISH.headline(a)).isEqualTo("A hard day.");
    ParentSummary s = ENGLISH.parentSummary(sessionOf(a), a);
    assertThat(s.status()).isEqualTo(SummaryStatus.READY);
    assertThat(s.text()).startsWith("Today was a very hard day for your child. Your child was still upset when the "
        + "session ended.\n\nHard days happen, and they are nobody's fault.");
    assertThat(s.text()).as("the only support was declined: no presence is claimed")
        .doesNotContain("therapist was there").doesNotContain("stayed close");
    assertThat(s.text()).doesNotContain("safe").doesNotContain("calm").doesNotContain("helped");
  }

  @Test
  void notReadyThenReadyCountsTheLaterAttempt() {
    Assessment a = assess(PublicScenario.NOT_READY_THEN_READY);
    assertThat(a.headline()).isEqualTo(Headline.GOAL_PROGRESS);
    assertThat(a.rungs()).contains(Rung.SKILL_PRACTICE, Rung.GOAL_PROGRESS);
    assertThat(a.goalOutcome().attemptsWhileNotReady()).isEmpty();
    assertThat(a.goalOutcome().gasLevels()).containsExactly(java.util.Map.entry("g-turns", 1));
    assertThat(a.goalOutcome().tScore().getAsDouble()).isCloseTo(60.0, within(1e-12));
    assertThat(reflectionKeys(a)).doesNotContain("prompt.goal-work-while-not-ready");
  }

  @Test
  void endedEarlyForTheChildsNeedsIsToldPlainly() {
    Assessment a = assess(PublicScenario.ENDED_EARLY_FOR_CHILDS_NEEDS);
    assertThat(a.rungs()).isEqualTo(rungs(Rung.SAFETY, Rung.CONNECTION));
    assertThat(reflectionKeys(a)).doesNotContain("prompt.dysregulation-without-support");
    assertThat(a.status()).isEqualTo(org.holdspace.session.SessionStatus.ENDED_EARLY);
    assertThat(a.endReasonKind()).contains(org.holdspace.session.EndReasonKind.CHILD_NEEDS);
    assertThat(summaryTexts(a, "Ada")).startsWith("The session stopped early today.",
        "This was so that Ada's needs could come first.");
  }
}
