package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;

/** The full examples in docs/wire-format are what the module writes and reads, so they never go stale. */
class DocumentedExamplesTest {
  private static final Path DOCS = Path.of("..", "docs", "wire-format");
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new HoldspaceModule());

  @Test
  void theHardDaySessionDocumentIsWhatTheModuleWritesAndReads() throws Exception {
    Session hardDay = PublicScenario.HARD_DAY.session();
    byte[] documented = Files.readAllBytes(DOCS.resolve("hard-day.session.json"));
    assertThat(MAPPER.readTree(documented)).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsBytes(hardDay)));
    assertThat(HoldspaceJson.standard().readSession(documented)).isEqualTo(hardDay);
  }

  @Test
  void theHardDayAssessmentDocumentIsWhatTheModuleWritesAndReads() throws Exception {
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.HARD_DAY.session());
    byte[] documented = Files.readAllBytes(DOCS.resolve("hard-day.assessment.json"));
    JsonNode tree = MAPPER.readTree(documented);
    assertThat(tree).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsBytes(a)));
    assertThat(HoldspaceJson.standard().readAssessment(documented)).isEqualTo(a);
  }

  @Test
  void theLateOfferSignedNoteDocumentIsWhatTheModuleWritesAndReads() throws Exception {
    Session s = PublicScenario.SINGLE_LATE_OFFER.session();
    org.holdspace.narrative.SessionNote note = org.holdspace.narrative.Narrator.of(java.util.Locale.ENGLISH)
        .sessionNote(s, Evaluator.of(StandardRules.ruleSet()).evaluate(s),
            org.holdspace.narrative.NoteContext.builder().clinician("Ravi Shah", "OTR/L").build())
        .sign("t-ravi", "OTR/L", java.time.Instant.parse("2026-03-02T10:20:00Z"));
    byte[] documented = Files.readAllBytes(DOCS.resolve("late-offer.session-note.json"));
    assertThat(MAPPER.readTree(documented)).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsBytes(note)));
    assertThat(HoldspaceJson.standard().readSessionNote(documented)).isEqualTo(note);
  }
}
