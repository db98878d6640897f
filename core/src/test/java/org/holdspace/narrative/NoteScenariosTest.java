package org.holdspace.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;

/**
 * The notes of scenarios B, E and T, in both languages: header, interventions and minutes, goals,
 * end state and status. The expected values are worked out here from the scenarios' events (see
 * the comments), not copied from output.
 */
class NoteScenariosTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Narrator ENGLISH = Narrator.of(Locale.ENGLISH);
  private static final Narrator SPANISH = Narrator.of(Locale.forLanguageTag("es"));
  private static final NoteContext SIGNABLE = NoteContext.builder().clinician("Ravi Shah", "OTR/L").build();

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
        "10:00 Cómo terminó la sesión: en un estado de regulación; final: fin prevista.");
  }
}
