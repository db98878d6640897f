package org.holdspace.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;

/**
 * The public scenarios' parent summaries and hard-day prompts, sentence by sentence, in English and
 * Spanish, with the sentences written from DOMAIN.md's wording rules (version 3): D ends "a little
 * calmer, though still upset at the end" and names its very hard time with its length; F says the
 * child let the therapist stay close, not that the child trusted; S claims no presence; Q's
 * summary is on hold with no sendable text.
 */
class ScenarioWordingTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Narrator ENGLISH = Narrator.of(Locale.ENGLISH);
  private static final Narrator SPANISH = Narrator.of(Locale.forLanguageTag("es"));

  private static ParentSummary summary(Narrator n, PublicScenario p) {
    Session s = p.session();
    return n.parentSummary(s, EVALUATOR.evaluate(s));
  }

  private static List<String> whatHappened(Narrator n, PublicScenario p) {
    return summary(n, p).whatHappened().stream().map(Statement::text).toList();
  }

  @Test
  void demandOutrunsReadinessEndsALittleCalmerThoughStillUpset() {
    assertThat(whatHappened(ENGLISH, PublicScenario.DEMAND_OUTRUNS_READINESS)).containsExactly(
        "Today was a hard day for your child.",
        "There was a very hard time today, for 16 minutes.",
        "After the hard part, the therapist stayed close so your child could feel safe again.",
        "Later, your child got a little calmer, though still upset at the end.",
        "Your child practised some of the skills we are working on.");
    assertThat(whatHappened(SPANISH, PublicScenario.DEMAND_OUTRUNS_READINESS)).containsExactly(
        "Hoy, su hijo o hija tuvo un día difícil.",
        "Pasó por un rato muy difícil, de 16 minutos.",
        "Después de lo más difícil, tuvo a su terapeuta cerca, para volver a sentirse a salvo.",
        "Más tarde, se fue calmando un poco, aunque al final seguía con malestar.",
        "Practicó algunas de las habilidades en las que trabajamos.");
    assertThat(summary(ENGLISH, PublicScenario.DEMAND_OUTRUNS_READINESS).text())
        .doesNotContain("stayed that way").doesNotContain("hard moment");
  }

  @Test
  void shutdownAllSessionSaysTheChildLetTheTherapistStayClose() {
    assertThat(whatHappened(ENGLISH, PublicScenario.SHUTDOWN_ALL_SESSION)).containsExactly(
        "Today was a hard day for your child.",
        "The therapist stayed close and calm, so that your child could feel safe.",
        "Your child let the therapist stay close.",
        "Your child was still withdrawn when the session ended.");
    assertThat(whatHappened(SPANISH, PublicScenario.SHUTDOWN_ALL_SESSION)).containsExactly(
        "Hoy, su hijo o hija tuvo un día difícil.",
        "Tuvo a su terapeuta cerca y en calma, para poder sentirse a salvo.",
        "Dejó que su terapeuta se quedara cerca.",
        "Al terminar la sesión, a su hijo o hija todavía le costaba conectar.");
    assertThat(summary(ENGLISH, PublicScenario.SHUTDOWN_ALL_SESSION).text()).doesNotContain("trust")
        .doesNotContain("calmer");
    assertThat(summary(SPANISH, PublicScenario.SHUTDOWN_ALL_SESSION).text()).doesNotContain("confianza");
  }

  @Test
  void aSingleLateOfferClaimsNoPresence() {
    assertThat(whatHappened(ENGLISH, PublicScenario.SINGLE_LATE_OFFER)).containsExactly(
        "Today was a very hard day for your child.",
        "Your child was still upset when the session ended.");
    assertThat(whatHappened(SPANISH, PublicScenario.SINGLE_LATE_OFFER)).containsExactly(
        "Hoy, su hijo o hija tuvo un día muy difícil.",
        "Al terminar la sesión, todavía tenía malestar.");
  }

  @Test
  void aHardMomentIsUnderTenMinutesAndIsHeld() {
    ParentSummary q = summary(ENGLISH, PublicScenario.ONE_HARD_MOMENT_THEN_HELD);
    assertThat(q.status()).isEqualTo(SummaryStatus.NEEDS_CLINICIAN_REVIEW);
    assertThat(q.text()).isEmpty();
    assertThat(q.whatHappened()).extracting(Statement::text).startsWith(
        "Today was a hard day for your child.",
        "There was a hard moment today.",
        "The therapist will talk with you about it.");
    assertThat(summary(SPANISH, PublicScenario.ONE_HARD_MOMENT_THEN_HELD).whatHappened()).extracting(Statement::text)
        .startsWith("Hoy, su hijo o hija tuvo un día difícil.", "Pasó por un momento difícil.",
            "Su terapeuta hablará con usted sobre ello.");
  }

  @Test
  void crisisThenCollapseIsAVeryHardTimeWithItsLengthAndNeverCalmer() {
    assertThat(whatHappened(ENGLISH, PublicScenario.CRISIS_THEN_COLLAPSE)).containsExactly(
        "Today was a hard day for your child.",
        "There was a very hard time today, for 20 minutes.",
        "After the hard part, the therapist stayed close so your child could feel safe again.",
        "Your child was still withdrawn when the session ended.");
  }

  @Test
  void whatComesNextIsWhatTheTherapistMayTryNotAPromise() {
    for (PublicScenario p : PublicScenario.values()) {
      for (Statement st : summary(ENGLISH, p).whatNext()) {
        assertThat(st.text()).as(p.name()).doesNotContain("We will").doesNotContain("will ");
      }
      for (Statement st : summary(SPANISH, p).whatNext()) {
        assertThat(st.text()).as(p.name()).doesNotContain("emos ").doesNotContain("Volveremos")
            .doesNotContain("Seguiremos");
      }
    }
    assertThat(summary(ENGLISH, PublicScenario.HARD_DAY).whatNext()).extracting(Statement::text).startsWith(
        "Next time, the therapist may start gently and follow your child's lead.");
  }

  @Test
  void aHardDaysPromptsCloseWithThePlainLineForTheClinician() {
    for (PublicScenario p : PublicScenario.values()) {
      Session s = p.session();
      Assessment a = EVALUATOR.evaluate(s);
      List<Statement> prompts = ENGLISH.reflections(s, a);
      if (a.headline().isHardDay()) {
        assertThat(prompts).as(p.name()).last().satisfies(st -> {
          assertThat(st.key()).isEqualTo("prompt.hard-day-closing");
          assertThat(st.text()).isEqualTo("Hard days happen, and they are nobody's fault, yours included. "
              + "These questions are for learning, not for judging.").doesNotContain("?");
          assertThat(st.evidence()).isEmpty();
        });
        assertThat(SPANISH.reflections(s, a)).last().extracting(Statement::text).isEqualTo(
            "Los días difíciles pasan, y no son culpa de nadie, tampoco de usted. "
                + "Estas preguntas son para aprender, no para juzgar.");
      } else {
        assertThat(prompts).as(p.name()).extracting(Statement::key).doesNotContain("prompt.hard-day-closing");
      }
    }
  }

  @Test
  void stretchPromptsNameTheirTimesInTheSessionsZone() {
    Session d = PublicScenario.DEMAND_OUTRUNS_READINESS.session();
    assertThat(ENGLISH.reflections(d, EVALUATOR.evaluate(d))).extracting(Statement::text).contains(
        "The child stayed dysregulated 09:30\u201310:00, 30 minutes, with no change toward regulated. Is there a "
            + "sensory need, or something in the environment, worth exploring for next time?");
    Session s = PublicScenario.SINGLE_LATE_OFFER.session();
    assertThat(SPANISH.reflections(s, EVALUATOR.evaluate(s))).extracting(Statement::text).anySatisfy(t ->
        assertThat(t).startsWith("Se registró malestar (de 09:00 a 10:00, 60 minutos)"));
  }

  @Test
  void anAssessmentThatDoesNotSayHowTheSessionEndedNeverSaysStayedThatWay() {
    Session a = PublicScenario.HARD_DAY.session();
    Assessment full = EVALUATOR.evaluate(a);
    Assessment withoutEnding = Assessment.builder().from(full)
        .findings(full.findings().stream().filter(f -> !f.key().startsWith("finding.ending.")).toList()).build();
    assertThat(ENGLISH.parentSummary(a, withoutEnding).whatHappened()).extracting(Statement::text)
        .contains("Later, your child became calmer.").noneMatch(t -> t.contains("stayed that way"));
  }
}
