package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardDayTest {
  @TempDir
  static Path dir;

  private static String run(Locale locale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      HardDay.run(locale, dir.resolve("hard-day-" + locale + ".svg"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesAWellFormedPictureOfTheSession() throws Exception {
    String out = run(Locale.ENGLISH);
    Path svg = dir.resolve("hard-day-en.svg");
    assertThat(out).contains("Picture of the session written to " + svg);
    SvgCheck picture = SvgCheck.parse(svg);
    assertThat(picture.title()).isEqualTo("Public scenario A: a hard day (s-a-hard-day)");
    assertThat(picture.count("rect", "regulation")).isEqualTo(5);
    assertThat(picture.count("rect", "shut_down")).isEqualTo(2);
    assertThat(picture.count("rect", "regulated")).isEqualTo(1);
    assertThat(picture.count("circle", "support")).isEqualTo(4);
    assertThat(picture.count("rect", "activity")).isEqualTo(1);
    assertThat(picture.count("rect", "environment")).isZero();
    assertThat(picture.count("text", "tick-label")).isEqualTo(7);
  }

  @Test
  void reportShowsTheHardDayReachedSafetyAndRegulationWithEvidence() {
    String out = run(Locale.ENGLISH);
    assertThat(out).contains("Headline: A hard day that still reached safety, regulation and connection.");
    assertThat(out).contains("  [x] Safety\n", "  [x] Regulation\n", "  [x] Connection\n",
        "  [ ] Engagement\n", "  [ ] Skill practice\n", "  [ ] Goal progress\n");
    assertThat(out).contains("The child moved toward a regulated state, and the gain held to the end of the "
        + "session. (events a09, a13)");
    assertThat(out).contains("These accepted supports were in place when the child moved toward regulated (no claim "
        + "that they caused it). (events a08, a13)");
    assertThat(out).contains("Goal work: none this session, and nothing is counted against it.");
  }

  @Test
  void reportHasThePromptAndTheParentSummary() {
    String out = run(Locale.ENGLISH);
    assertThat(out).contains("  - The child was already dysregulated at the start of the session.");
    assertThat(out).contains("Parent summary\n  Today was a hard day for your child.");
    assertThat(out).contains("Hard days happen, and they are nobody's fault.");
    assertThat(out).contains("Helping your child with that is part of therapy.");
    assertThat(out).contains("What seemed to help today: dimmed lights. This also seemed to help: deep pressure.");
    assertThat(out).doesNotContain("Jimmo");
    assertThat(out.indexOf("Session note\n")).isGreaterThan(out.indexOf("Parent summary")).isLessThan(out.indexOf("Picture"));
    assertThat(out).contains("  S: Caregiver report\n", "  O: Observed\n", "  A: Assessment\n", "  P: Plan\n",
        "  - 09:46\u201310:00 Regulated (calm body), co-regulating with an adult.",
        "  Date of service: 2026-03-02, 09:00\u201310:00 (Europe/London), 60 minutes in total.\n",
        "  Clinician: Alex Example, OTR/L.\n", "  Interventions and minutes\n",
        "  - Total treatment minutes: 54 minutes (overlapping time counted once).\n",
        "  - Code ex-sensory: 52 minutes, 4 units.\n", "  - Code ex-activities: 2 minutes, 0 units.\n",
        "  - Timed minutes: 54 minutes; 4 units by the CMS 8-minute rule.\n",
        "  Status: ready to sign, not signed.\n",
        "  - Return to goal work when the child is regulated and assessed as ready, not by a date.");
  }

  @Test
  void theNotesObservationsAreInTimeOrderAndHideTheNoteText() {
    String out = run(Locale.ENGLISH);
    assertThat(out).contains("  - 09:00\u201309:06 Escalated (crying), not yet regulating.");
    assertThat(out.indexOf("09:06\u201309:20 Shut down")).isLessThan(out.indexOf("09:46\u201310:00 Regulated"));
    assertThat(out).contains("The clinician wrote a note, kept in the record and not repeated here.")
        .doesNotContain("Long shutdown");
  }

  @Test
  void spanishOptionTranslatesPromptsAndSummary() {
    String out = run(Locale.forLanguageTag("es"));
    assertThat(out).contains("Titular: Un día difícil en el que aun así se logró: seguridad, regulación y conexión.");
    assertThat(out).contains("Lo que pareció ayudar hoy: la luz tenue. También pareció ayudar: la presión profunda.");
    assertThat(out).contains("Los días difíciles pasan, y no son culpa de nadie.");
    assertThat(out).contains("Escalera de valor", "Preguntas para la reflexión", "Resumen para la familia\n",
        "Nota de sesión\n", "Escenario público A").doesNotContain("Headline", "Parent summary", "Reflection prompts",
        "Session note", "(events");
  }

  @Test
  void scenarioQShowsTheIncidentAndHoldsTheParentSummary() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HardDay.run(org.holdspace.scenario.PublicScenario.ONE_HARD_MOMENT_THEN_HELD, Locale.ENGLISH, dir.resolve("q.svg"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("Public scenario Q: one hard moment, then held\n");
    assertThat(out).contains("Incident: A sign of possible harm was recorded. The parent summary waits for your own "
        + "words before it is shared. (events q02)");
    assertThat(out).contains("Parent summary\n  On hold for the clinician's own words before it is shared. The draft, "
        + "for the clinician only:");
    assertThat(out).contains("There was a hard moment today. The therapist will talk with you about it.");
    assertThat(out).contains("  [x] Safety\n", "  [x] Regulation\n");
  }
}
