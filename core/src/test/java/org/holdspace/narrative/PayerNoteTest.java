package org.holdspace.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.holdspace.billing.BillingCode;
import org.holdspace.billing.InterventionKind;
import org.holdspace.billing.InterventionMinutes;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The session note a payer's reviewer reads (DOMAIN.md, the session note, version 2): header,
 * minutes and units, status and signature, payer wording only from the payer context. Expected
 * values are worked out here from the scenarios' events.
 */
class PayerNoteTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Narrator ENGLISH = Narrator.of(Locale.ENGLISH);
  private static final Narrator SPANISH = Narrator.of(Locale.forLanguageTag("es"));
  private static final BillingCode ACTIVITIES = BillingCode.timed(Code.of("https://ehr.example/cpt", "97530"));
  private static final BillingCode SENSORY = BillingCode.timed(Code.of("https://ehr.example/cpt", "97533"));
  private static final BillingCode SPEECH = BillingCode.untimed(Code.of("https://ehr.example/cpt", "92507"));
  private static final NoteContext SIGNABLE = NoteContext.builder().clinician("Ravi Shah-Sentinel", "OTR/L").build();

  private static SessionNote note(Narrator n, Session s, NoteContext c) {
    return n.sessionNote(s, EVALUATOR.evaluate(s), c);
  }

  private static List<String> texts(List<Statement> part) {
    List<String> out = new ArrayList<>();
    part.forEach(st -> out.add(st.text()));
    return out;
  }

  @Test
  void theHardDayWithAMappedTimedCode() {
    // A: co-regulation 09:20-09:45 and 09:46-10:00 (39 minutes); supports 09:04 (a moment), 09:08-09:20,
    // 09:12-10:00, 09:32-09:36 (52 minutes); free play 09:02-09:04 (2). All together 09:02-09:04, 09:08-10:00: 54.
    NoteContext c = NoteContext.builder().clinician("Ravi Shah", "OTR/L")
        .bill(InterventionKind.CO_REGULATION, SENSORY).bill(InterventionKind.SENSORY_SUPPORT, SENSORY)
        .bill(InterventionKind.THERAPEUTIC_ACTIVITY, ACTIVITIES).build();
    SessionNote note = note(ENGLISH, PublicScenario.HARD_DAY.session(), c);
    assertThat(texts(note.header())).contains("Clinician: Ravi Shah, OTR/L.");
    // 97533 covers co-regulation and supports: 09:08-10:00, 52 minutes; 97530: 2 minutes; timed 54: 4 units (53-67),
    // 3 whole to 97533 (52 / 15), the fourth to the larger leftover (97533: 7, 97530: 2)
    assertThat(texts(note.interventions())).contains("Code 97533: 52 minutes, 4 units.", "Code 97530: 2 minutes, 0 units.",
        "Timed minutes: 54 minutes; 4 units by the CMS 8-minute rule.");
    assertThat(note.status()).isEqualTo(NoteStatus.READY_TO_SIGN);
    assertThat(note.text()).endsWith("\nStatus: ready to sign, not signed.\n");
  }

  @Test
  void aGoalLineSaysItsTextTargetAttemptsAssistanceAccuracyAndGasAgainstBaseline() {
    Session b = PublicScenario.STEADY_SESSION.session();
    List<SessionEvent> events = new ArrayList<>();
    for (SessionEvent e : b.events()) {
      events.add(e.id().equals("b07") ? org.holdspace.goal.GoalAttempt.builder()
          .from((org.holdspace.goal.GoalAttempt) e).opportunities(10).correctResponses(7).build() : e);
    }
    SessionNote note = note(ENGLISH, b.withEvents(events), SIGNABLE);
    // b07: goal g-requests, gestural prompt, not met, GAS -1, baseline -1 (the goal's default)
    assertThat(texts(note.assessment())).contains("Goal g-requests: Asks for help with a word or sign; target: 3 "
        + "requests in a session. This session: 1 attempt; gestural prompt; not met; 7 of 10 responses correct (70%); "
        + "GAS -1, against a baseline of -1.");
    assertThat(note.text()).doesNotContain("T-score");
  }

  @Test
  void coachingSaysItsMinutesAndWhetherTheCaregiverShowedItBack() {
    Session a = PublicScenario.HARD_DAY.session();
    Instant start = a.planned().start();
    List<SessionEvent> events = new ArrayList<>(a.events());
    events.add(org.holdspace.caregiver.CaregiverCoaching.builder().id("c9").at(start.plus(Duration.ofMinutes(50)))
        .until(start.plus(Duration.ofMinutes(60))).strategy(org.holdspace.sensory.SensorySupportCodes.DEEP_PRESSURE)
        .step(org.holdspace.caregiver.CoachingStep.TRIED_BY_CAREGIVER).build());
    SessionNote note = note(ENGLISH, a.withEvents(events), SIGNABLE);
    assertThat(texts(note.assessment())).contains(
        "09:50\u201310:00 Caregiver coaching: deep pressure, 10 minutes; the caregiver showed it back.");
    assertThat(texts(note.interventions())).contains("Caregiver coaching: 10 minutes.");
  }

  @Test
  void theFamilysLanguageAndTheInterpreterAreRecorded() {
    Session a = Session.builder().from(PublicScenario.HARD_DAY.session())
        .familyLanguage(Locale.forLanguageTag("es")).interpreterUsed(true).build();
    assertThat(texts(note(ENGLISH, a, SIGNABLE).subjective()))
        .contains("The family's language: Spanish; an interpreter was used.");
    assertThat(texts(note(SPANISH, a, SIGNABLE).subjective()))
        .contains("Idioma de la familia: español; se contó con intérprete.");
    Session noInterpreter = Session.builder().from(PublicScenario.HARD_DAY.session()).interpreterUsed(false).build();
    assertThat(texts(note(ENGLISH, noInterpreter, SIGNABLE).subjective())).contains("No interpreter was used.");
    assertThatThrownBy(() -> Session.builder().from(PublicScenario.HARD_DAY.session())
        .familyLanguage(Locale.forLanguageTag("und")).build()).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(org.holdspace.validation.CoreViolation.NO_LANGUAGE, "familyLanguage")).isTrue());
  }

  @Test
  void anUntimedCodeGetsNoUnits() {
    NoteContext c = NoteContext.builder().bill(InterventionKind.GOAL_WORK, SPEECH).build();
    // B: attempts 09:06-09:20 and 09:26-09:40: 28 minutes
    assertThat(texts(note(ENGLISH, PublicScenario.STEADY_SESSION.session(), c).interventions()))
        .contains("Code 92507: untimed, billed per session; no units from its 28 minutes.");
  }

  @Test
  void theStatusFollowsWhatWasRecordedAndWhatTheCallerGave() {
    assertThat(note(ENGLISH, PublicScenario.NOTHING_DOCUMENTED.session(), SIGNABLE).status())
        .isEqualTo(NoteStatus.NEEDS_DOCUMENTATION);
    assertThat(note(ENGLISH, PublicScenario.NOTHING_DOCUMENTED.session(), SIGNABLE).text())
        .endsWith("Status: needs documentation, not signed.\n");
    assertThat(note(ENGLISH, PublicScenario.HARD_DAY.session(), NoteContext.none()).status()).isEqualTo(NoteStatus.DRAFT);
    assertThat(note(SPANISH, PublicScenario.HARD_DAY.session(), SIGNABLE).text())
        .endsWith("Estado: lista para firmar, sin firmar.\n");
  }

  @Test
  void signingRecordsWhoAndWhenAndFreezesTheStatements() {
    SessionNote note = note(ENGLISH, PublicScenario.SHUTDOWN_ALL_SESSION.session(), SIGNABLE);
    Instant at = Instant.parse("2026-03-02T10:20:00Z");
    SessionNote signed = note.sign("t-ravi", "OTR/L", at);
    assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
    assertThat(signed.statements()).isEqualTo(note.statements());
    assertThat(signed.text()).startsWith(note.text().substring(0, note.text().lastIndexOf("Status:")))
        .endsWith("Signed by t-ravi, OTR/L, 2026-03-02 10:20 (Europe/London).\n");
    assertThat(signed.toString()).doesNotContain("OTR/L", "Ravi");
    assertThatThrownBy(() -> signed.sign("t-ravi", "OTR/L", at)).isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("Ravi");
    assertThatThrownBy(() -> note(ENGLISH, PublicScenario.HARD_DAY.session(), NoteContext.none()).sign("t", "OTR/L", at))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("DRAFT");
    assertThatThrownBy(() -> note.sign(" ", "\u0007", at)).isInstanceOf(ValidationException.class);
  }

  @Test
  void payerWordingComesOnlyFromThePayerContextAndNeverAlone() {
    Session s = PublicScenario.SHUTDOWN_ALL_SESSION.session();
    for (PayerContext payer : PayerContext.values()) {
      String text = note(ENGLISH, s, NoteContext.builder().payer(payer).build()).text();
      assertThat(text.contains("Jimmo")).as(payer.name()).isEqualTo(payer == PayerContext.MEDICARE_MAINTENANCE);
      assertThat(text.contains("EPSDT")).as(payer.name()).isEqualTo(payer == PayerContext.MEDICAID_UNDER_21);
    }
    SessionNote medicaid = note(ENGLISH, s, NoteContext.builder().payer(PayerContext.MEDICAID_UNDER_21).build());
    assertThat(texts(medicaid.assessment())).contains("Medicaid, under 21 (EPSDT): services that correct or ameliorate "
        + "the child's condition are covered, maintenance included; this session's skilled care (co-regulation and "
        + "therapeutic activities) is set out above, with the state each answered.");
    // a session with no intervention at all gets no payer wording
    Session e = PublicScenario.NOTHING_DOCUMENTED.session();
    assertThat(note(ENGLISH, e, NoteContext.builder().payer(PayerContext.MEDICARE_MAINTENANCE).build()).text())
        .doesNotContain("Jimmo");
  }

  @Test
  void noPayerWordingWithoutAContextAndMinutesNeverExceedTheSession() {
    qt(400).forAll(Generators.sessions().mix(Generators.stories(), 50)).checkAssert(s -> {
      Assessment a = EVALUATOR.evaluate(s);
      SessionNote note = ENGLISH.sessionNote(s, a);
      assertThat(note.text()).doesNotContain("Jimmo", "EPSDT", "Medicare", "Medicaid");
      if (!s.status().isHeld()) {
        return;
      }
      InterventionMinutes m = InterventionMinutes.of(s);
      long session = InterventionMinutes.roundedMinutes(s.actual().get().length());
      assertThat(m.total()).isLessThanOrEqualTo(session).isEqualTo(union(s));
      for (InterventionKind k : m.kinds()) {
        assertThat(m.minutes(k)).isLessThanOrEqualTo(m.total());
      }
    });
  }

  @Test
  void twoSessionsWithDifferentInterventionsNeverShareTheirSkilledNeed() {
    java.util.Map<String, List<String>> interventionsByText = new java.util.HashMap<>();
    int[] repeats = {0};
    qt(300).forAll(Generators.stories().mix(Generators.sessions(), 50)).checkAssert(s -> {
      List<String> need = new ArrayList<>();
      for (Statement st : ENGLISH.sessionNote(s, EVALUATOR.evaluate(s)).assessment()) {
        if (st.key().startsWith("note.a.need.")) {
          need.add(st.text());
        }
      }
      if (need.isEmpty()) {
        return;
      }
      List<String> interventions = interventionsOf(s);
      List<String> before = interventionsByText.putIfAbsent(String.join("\n", need), interventions);
      if (before != null) {
        repeats[0]++;
        assertThat(interventions).as("the same skilled-need text for other interventions").isEqualTo(before);
      }
    });
  }

  /** The union of the intervention events' intervals, worked out minute by minute from the millis. */
  private static long union(Session s) {
    List<long[]> spans = new ArrayList<>();
    for (SessionEvent e : s.events()) {
      if (InterventionKind.of(e).isPresent()) {
        spans.add(new long[] {e.at().toEpochMilli(), e.end().toEpochMilli()});
      }
    }
    spans.sort((x, y) -> Long.compare(x[0], y[0]));
    long total = 0;
    long reach = Long.MIN_VALUE;
    for (long[] sp : spans) {
      long from = Math.max(sp[0], reach);
      if (sp[1] > from) {
        total += sp[1] - from;
      }
      reach = Math.max(reach, sp[1]);
    }
    return InterventionMinutes.roundedMinutes(Duration.ofMillis(total));
  }

  /** Each intervention of {@code s}: its kind and times, in time order. */
  private static List<String> interventionsOf(Session s) {
    List<String> out = new ArrayList<>();
    for (SessionEvent e : s.events()) {
      InterventionKind.of(e).ifPresent(k -> out.add(k + "@" + e.at() + "-" + e.end()));
    }
    out.sort(null);
    return out;
  }
}
