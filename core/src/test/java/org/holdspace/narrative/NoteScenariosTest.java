package org.holdspace.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.holdspace.billing.BillingCode;
import org.holdspace.billing.InterventionKind;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;

/**
 * The notes of scenarios A, B, C, E, F, Q, T and U, in both languages: header, interventions and
 * minutes, units with mapped timed codes, skilled need, goals, end state and status. The expected
 * values are worked out here from the scenarios' events and DOMAIN.md's rules (see the comments),
 * not copied from output. Every scenario runs 09:00-10:00 Europe/London (U: 09:00-09:25), with the
 * goals g-turns, g-requests and g-fine-motor in scope.
 */
class NoteScenariosTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Narrator ENGLISH = Narrator.of(Locale.ENGLISH);
  private static final Narrator SPANISH = Narrator.of(Locale.forLanguageTag("es"));
  private static final NoteContext SIGNABLE = NoteContext.builder().clinician("Ravi Shah", "OTR/L").build();
  private static final BillingCode ACTIVITIES = BillingCode.timed(Code.of("https://ehr.example/cpt", "97530"));
  private static final BillingCode SENSORY = BillingCode.timed(Code.of("https://ehr.example/cpt", "97533"));
  /** A clinic's map: co-regulation and supports to one timed code, activities to another. */
  private static final NoteContext BILLED = NoteContext.builder().clinician("Ravi Shah", "OTR/L")
      .bill(InterventionKind.CO_REGULATION, SENSORY).bill(InterventionKind.SENSORY_SUPPORT, SENSORY)
      .bill(InterventionKind.THERAPEUTIC_ACTIVITY, ACTIVITIES).build();

  private static SessionNote billed(Narrator n, PublicScenario p) {
    Session s = p.session();
    return n.sessionNote(s, EVALUATOR.evaluate(s), BILLED);
  }

  private static SessionNote note(Narrator n, PublicScenario p) {
    Session s = p.session();
    return n.sessionNote(s, EVALUATOR.evaluate(s), SIGNABLE);
  }

  private static List<String> texts(List<Statement> part) {
    List<String> out = new ArrayList<>();
    part.forEach(st -> out.add(st.text()));
    return out;
  }

  @Test
  void steadySession() {
    // B: regulated 09:00-09:55 (self-regulated: no co-regulation); activities 09:05-09:20 and 09:25-09:40
    // (30 minutes); attempts 09:06-09:20 on g-turns (verbal prompt, partly met, GAS 0) and 09:26-09:40 on
    // g-requests (gestural prompt, not met, GAS -1); all together 30 minutes; the goals' baseline is -1.
    SessionNote note = note(ENGLISH, PublicScenario.STEADY_SESSION);
    assertThat(texts(note.header())).containsExactly(
        "Date of service: 2026-03-02, 09:00\u201310:00 (Europe/London), 60 minutes in total.",
        "Discipline: occupational therapy; setting: clinic.", "Clinician: Ravi Shah, OTR/L.");
    assertThat(texts(note.interventions())).containsExactly("Therapeutic activities: 30 minutes.",
        "Goal-directed work: 28 minutes.", "Total treatment minutes: 30 minutes (overlapping time counted once).");
    assertThat(texts(note.assessment())).contains(
        "Goal g-turns: Takes turns in a two-person game; target: 4 of 5 turns with one verbal prompt. This session: "
            + "1 attempt; verbal prompt; partly met; GAS 0, against a baseline of -1.",
        "Goal g-requests: Asks for help with a word or sign; target: 3 requests in a session. This session: "
            + "1 attempt; gestural prompt; not met; GAS -1, against a baseline of -1.",
        "Goal g-fine-motor: Completes a four-piece inset puzzle; target: independently, twice. Not worked on this "
            + "session.",
        "09:55 How the session ended: regulated; end: planned end.",
        "09:06\u201309:20 Goal work on goal g-turns while the child was regulated.");
    assertThat(note.status()).isEqualTo(NoteStatus.READY_TO_SIGN);
    assertThat(texts(note(SPANISH, PublicScenario.STEADY_SESSION).interventions())).containsExactly(
        "Actividades terapéuticas: 30 minutos.", "Trabajo dirigido a objetivos: 28 minutos.",
        "Minutos totales de tratamiento: 30 minutos (el tiempo solapado cuenta una vez).");
  }

  @Test
  void nothingDocumented() {
    // E: no event at all: nothing to time, no ending, and the note needs documentation before signing
    for (Narrator n : List.of(ENGLISH, SPANISH)) {
      SessionNote note = note(n, PublicScenario.NOTHING_DOCUMENTED);
      assertThat(note.status()).isEqualTo(NoteStatus.NEEDS_DOCUMENTATION);
      assertThat(note.interventions()).extracting(Statement::key).containsExactly("note.i.none");
      assertThat(note.assessment()).extracting(Statement::key).doesNotContain("note.a.ending")
          .noneMatch(k -> k.startsWith("note.a.need."));
    }
    assertThat(note(ENGLISH, PublicScenario.NOTHING_DOCUMENTED).text())
        .contains("- No intervention with a length of time was recorded.\n")
        .endsWith("Status: needs documentation, not signed.\n");
    assertThat(note(SPANISH, PublicScenario.NOTHING_DOCUMENTED).text())
        .endsWith("Estado: falta documentación, sin firmar.\n");
  }

  @Test
  void notReadyThenReady() {
    // T: escalated 09:00-09:12, not ready at 09:02, regulated 09:18-10:00; activity 09:28-09:40 (12 minutes);
    // attempt 09:30-09:38 on g-turns (verbal prompt, partly met, GAS +1): 8 minutes, inside the activity
    SessionNote note = note(ENGLISH, PublicScenario.NOT_READY_THEN_READY);
    assertThat(texts(note.interventions())).containsExactly("Therapeutic activities: 12 minutes.",
        "Goal-directed work: 8 minutes.", "Total treatment minutes: 12 minutes (overlapping time counted once).");
    assertThat(texts(note.assessment())).contains(
        "Goal g-turns: Takes turns in a two-person game; target: 4 of 5 turns with one verbal prompt. This session: "
            + "1 attempt; verbal prompt; partly met; GAS +1, against a baseline of -1.",
        "10:00 How the session ended: regulated; end: planned end.",
        "09:28\u201309:40 Activity chosen: turn-taking game, moderate demand, while the child was regulated.")
        .noneMatch(t -> t.contains("T-score"));
    assertThat(texts(note(SPANISH, PublicScenario.NOT_READY_THEN_READY).assessment())).contains(
        "Objetivo g-turns: Takes turns in a two-person game; meta: 4 of 5 turns with one verbal prompt. En esta "
            + "sesión: 1 intento; ayuda verbal; logrado en parte; GAS +1, frente a una línea de base de -1.",
        "10:00 Cómo terminó la sesión: en un estado de regulación; final: fin previsto.");
  }

  @Test
  void hardDay() {
    // A: ended regulated (a13, 09:46-10:00); supports 09:04 (declined, a moment), 09:08-09:20, 09:12-10:00, 09:32-09:36:
    // 52 minutes; co-regulation 09:20-09:45, 09:46-10:00: 39; free play 09:02-09:04: 2. 97533 (co-regulation and
    // supports) 09:08-10:00, 52 minutes; 97530 2; timed 54 minutes: 4 units (53-67), 3 whole to 97533, the fourth
    // to the larger leftover (97533: 7).
    for (Narrator n : List.of(ENGLISH, SPANISH)) {
      assertThat(billed(n, PublicScenario.HARD_DAY).status()).isEqualTo(NoteStatus.READY_TO_SIGN);
    }
    SessionNote es = billed(SPANISH, PublicScenario.HARD_DAY);
    assertThat(texts(es.interventions())).contains("Corregulación: 39 minutos.", "Apoyos sensoriales: 52 minutos.",
        "Actividades terapéuticas: 2 minutos.", "Código 97533: 52 minutos, 4 unidades.",
        "Código 97530: 2 minutos, 0 unidades.");
    assertThat(texts(es.assessment())).contains(
        "10:00 Cómo terminó la sesión: en un estado de regulación; final: fin previsto.",
        "09:32\u201309:36 Necesidad de atención especializada: se ofreció la presión profunda durante un estado de "
            + "desconexión; se aceptó; consta como útil, y una observación posterior hacia la regulación lo confirma.");
    assertThat(texts(billed(ENGLISH, PublicScenario.HARD_DAY).assessment())).contains(
        "10:00 How the session ended: regulated; end: planned end.",
        "09:20\u201309:45 Skilled need: co-regulation by the therapist while the child was shut down; then the child "
            + "moved toward regulated (regulated at 09:46).");
  }

  @Test
  void oneSupportHelps() {
    // C: escalated 09:00-09:10; fidget declined at 09:03 (a moment); deep pressure 09:06-09:12 helped, and the
    // regulated observation from 09:12 agrees; co-regulated and regulated 09:12-09:40; free play 09:15-09:40.
    // Co-regulation 28, supports 6, activities 25; all together 09:06-09:40: 34. 97533 09:06-09:40: 34; 97530: 25;
    // timed 34 (23-37): 2 units, both whole to 97533 (34 / 15), none left for 97530.
    SessionNote en = billed(ENGLISH, PublicScenario.ONE_SUPPORT_HELPS);
    assertThat(texts(en.header())).containsExactly(
        "Date of service: 2026-03-02, 09:00\u201310:00 (Europe/London), 60 minutes in total.",
        "Discipline: occupational therapy; setting: clinic.", "Clinician: Ravi Shah, OTR/L.");
    assertThat(texts(en.interventions())).containsExactly("Co-regulation: 28 minutes.", "Sensory supports: 6 minutes.",
        "Therapeutic activities: 25 minutes.", "Total treatment minutes: 34 minutes (overlapping time counted once).",
        "Code 97533: 34 minutes, 2 units.", "Code 97530: 25 minutes, 0 units.",
        "Timed minutes: 34 minutes; 2 units by the CMS 8-minute rule.");
    assertThat(texts(en.assessment())).contains(
        "09:03 Skilled need: a fidget toy offered while the child was escalated; declined.",
        "09:06\u201309:12 Skilled need: deep pressure offered while the child was escalated; accepted; recorded as "
            + "helping, and a later observation toward regulated agrees.",
        "09:15\u201309:40 Activity chosen: free play, low demand, while the child was regulated.",
        "09:40 How the session ended: regulated; end: planned end.",
        "Goal g-turns: Takes turns in a two-person game; target: 4 of 5 turns with one verbal prompt. Not worked on "
            + "this session.");
    assertThat(en.status()).isEqualTo(NoteStatus.READY_TO_SIGN);
    SessionNote es = billed(SPANISH, PublicScenario.ONE_SUPPORT_HELPS);
    assertThat(texts(es.interventions())).contains("Corregulación: 28 minutos.", "Código 97533: 34 minutos, 2 unidades.");
    assertThat(texts(es.assessment())).contains(
        "09:40 Cómo terminó la sesión: en un estado de regulación; final: fin previsto.");
  }

  @Test
  void shutdownAllSession() {
    // F: shut down all hour, co-regulated 09:03-10:00 (57 minutes); free play with no demand 09:05-09:55 (50).
    // Total 57. 97533: 57, 97530: 50; timed 57 (53-67): 4 units; 97533 takes 3 whole (57 / 15), 97530 the fourth
    // (its 50 minutes hold 3 whole, and one is left).
    SessionNote en = billed(ENGLISH, PublicScenario.SHUTDOWN_ALL_SESSION);
    assertThat(texts(en.interventions())).containsExactly("Co-regulation: 57 minutes.",
        "Therapeutic activities: 50 minutes.", "Total treatment minutes: 57 minutes (overlapping time counted once).",
        "Code 97533: 57 minutes, 3 units.", "Code 97530: 50 minutes, 1 units.",
        "Timed minutes: 57 minutes; 4 units by the CMS 8-minute rule.");
    assertThat(texts(en.assessment())).contains(
        "09:03\u201310:00 Skilled need: co-regulation by the therapist while the child was shut down; then no later "
            + "observation was recorded.",
        "09:05\u201309:55 Activity chosen: free play, no demand, while the child was shut down.",
        "10:00 How the session ended: shut down; end: planned end.");
    assertThat(en.status()).isEqualTo(NoteStatus.READY_TO_SIGN);
    assertThat(texts(billed(SPANISH, PublicScenario.SHUTDOWN_ALL_SESSION).assessment())).contains(
        "10:00 Cómo terminó la sesión: en un estado de desconexión; final: fin previsto.",
        "09:05\u201309:55 Actividad elegida: juego libre, sin exigencia, durante un estado de desconexión.");
  }

  @Test
  void oneHardMomentThenHeld() {
    // Q: crisis 09:00-09:03 with aggression at 09:02; co-regulated 09:03-10:00 (escalated, then regulated from
    // 09:24); deep pressure 09:12-09:18 helped. Co-regulation 57, supports 6, total 57; 97533 alone: 57 minutes,
    // 4 units (3 whole, the fourth to its leftover 12). No incident record: the plan asks for one.
    SessionNote en = billed(ENGLISH, PublicScenario.ONE_HARD_MOMENT_THEN_HELD);
    assertThat(texts(en.interventions())).containsExactly("Co-regulation: 57 minutes.", "Sensory supports: 6 minutes.",
        "Total treatment minutes: 57 minutes (overlapping time counted once).", "Code 97533: 57 minutes, 4 units.",
        "Timed minutes: 57 minutes; 4 units by the CMS 8-minute rule.");
    assertThat(texts(en.assessment())).contains("Incident: a sign of possible harm was recorded.",
        "09:03\u201309:24 Skilled need: co-regulation by the therapist while the child was escalated; then the child "
            + "moved toward regulated (regulated at 09:24).",
        "10:00 How the session ended: regulated; end: planned end.");
    assertThat(en.plan()).extracting(Statement::key).contains("note.p.record-incident");
    assertThat(en.status()).isEqualTo(NoteStatus.READY_TO_SIGN);
    assertThat(texts(billed(SPANISH, PublicScenario.ONE_HARD_MOMENT_THEN_HELD).assessment())).contains(
        "Incidente: se registró una señal de posible daño.",
        "10:00 Cómo terminó la sesión: en un estado de regulación; final: fin previsto.");
  }

  @Test
  void endedEarlyForTheChildsNeeds() {
    // U: held 09:00-09:25, ended early for the child's needs; co-regulated and escalated all 25 minutes, comfort
    // accepted at 09:05 and 09:15 (moments). 97533: 25 minutes, 2 units (23-37: 1 whole, 1 from the leftover 10).
    SessionNote en = billed(ENGLISH, PublicScenario.ENDED_EARLY_FOR_CHILDS_NEEDS);
    assertThat(texts(en.header())).contains(
        "Date of service: 2026-03-02, 09:00\u201309:25 (Europe/London), 25 minutes in total.");
    assertThat(texts(en.interventions())).containsExactly("Co-regulation: 25 minutes.",
        "Total treatment minutes: 25 minutes (overlapping time counted once).", "Code 97533: 25 minutes, 2 units.",
        "Timed minutes: 25 minutes; 2 units by the CMS 8-minute rule.");
    assertThat(texts(en.assessment())).contains(
        "09:00\u201309:25 Skilled need: co-regulation by the therapist while the child was escalated; then no later "
            + "observation was recorded.",
        "09:25 How the session ended: escalated; end: the child's needs came first.");
    assertThat(en.status()).isEqualTo(NoteStatus.READY_TO_SIGN);
    SessionNote es = billed(SPANISH, PublicScenario.ENDED_EARLY_FOR_CHILDS_NEEDS);
    assertThat(texts(es.header())).contains(
        "Fecha de la sesión: 2026-03-02, 09:00\u201309:25 (Europe/London), 25 minutos en total.");
    assertThat(texts(es.assessment())).contains("09:25 Cómo terminó la sesión: en un estado de escalada; final: se dio "
        + "prioridad a lo que necesitaba en ese momento.");
  }
}
