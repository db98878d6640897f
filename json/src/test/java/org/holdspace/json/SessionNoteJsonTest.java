package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.NoteContext;
import org.holdspace.narrative.NoteStatus;
import org.holdspace.narrative.SessionNote;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;

/**
 * A session note's JSON form: every public scenario's note, in both languages, draft, ready or
 * signed, is valid against the shipped schema and reads back equal, with the same text; a stored
 * signed note keeps its signature; a broken document is refused with a typed error.
 */
class SessionNoteJsonTest {
  private static final HoldspaceJson JSON = HoldspaceJson.standard();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final NoteContext SIGNABLE = NoteContext.builder().clinician("Ravi Shah", "OTR/L").build();

  private static JsonSchema schema() {
    try (InputStream in = HoldspaceModule.jsonSchema()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyScenariosNoteIsValidAndReadsBackEqual() throws IOException {
    JsonSchema schema = schema();
    for (PublicScenario p : PublicScenario.values()) {
      Session s = p.session();
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
        for (NoteContext c : List.of(NoteContext.none(), SIGNABLE)) {
          SessionNote note = Narrator.of(locale).sessionNote(s, Evaluator.of(StandardRules.ruleSet()).evaluate(s), c);
          byte[] json = JSON.writeSessionNote(note);
          assertThat(schema.validate(TREES.readTree(json))).as("%s %s", p, locale).isEmpty();
          SessionNote back = JSON.readSessionNote(json);
          assertThat(back).isEqualTo(note);
          assertThat(back.text()).isEqualTo(note.text());
        }
      }
    }
  }

  @Test
  void aStoredSignedNoteKeepsItsSignatureAndText() throws IOException {
    Session s = PublicScenario.SHUTDOWN_ALL_SESSION.session();
    SessionNote signed = Narrator.of(Locale.ENGLISH).sessionNote(s, Evaluator.of(StandardRules.ruleSet()).evaluate(s),
        SIGNABLE).sign("t-ravi", "OTR/L", Instant.parse("2026-03-02T10:20:00Z"));
    byte[] json = JSON.writeSessionNote(signed);
    assertThat(schema().validate(TREES.readTree(json))).isEmpty();
    SessionNote back = JSON.readSessionNote(json);
    assertThat(back.status()).isEqualTo(NoteStatus.SIGNED);
    assertThat(back.signedBy()).contains("t-ravi");
    assertThat(back.text()).isEqualTo(signed.text()).endsWith("Signed by t-ravi, OTR/L, 2026-03-02 10:20 (Europe/London).\n");
  }

  @Test
  void aBrokenNoteDocumentIsRefusedWithATypedError() throws IOException {
    Session s = PublicScenario.HARD_DAY.session();
    byte[] json = JSON.writeSessionNote(Narrator.of(Locale.ENGLISH).sessionNote(s,
        Evaluator.of(StandardRules.ruleSet()).evaluate(s), SIGNABLE));
    ObjectNode signedWithoutSigner = (ObjectNode) TREES.readTree(json);
    signedWithoutSigner.put("status", "signed");
    assertThatThrownBy(() -> JSON.readSessionNote(TREES.writeValueAsBytes(signedWithoutSigner)))
        .isInstanceOfSatisfying(HoldspaceJsonException.class,
            e -> assertThat(e.problem()).isEqualTo(HoldspaceJsonException.Problem.DOMAIN_VIOLATION));
    ObjectNode noLines = (ObjectNode) TREES.readTree(json);
    ((ObjectNode) noLines.get("statusLines")).remove("signed");
    assertThatThrownBy(() -> JSON.readSessionNote(TREES.writeValueAsBytes(noLines)))
        .isInstanceOf(HoldspaceJsonException.class).hasMessageNotContaining("Ravi");
    ObjectNode unknown = (ObjectNode) TREES.readTree(json);
    unknown.put("status", "approved");
    assertThatThrownBy(() -> JSON.readSessionNote(TREES.writeValueAsBytes(unknown)))
        .isInstanceOfSatisfying(HoldspaceJsonException.class,
            e -> assertThat(e.problem()).isEqualTo(HoldspaceJsonException.Problem.INVALID_VALUE));
    assertThatThrownBy(() -> JSON.readSessionNote("{\"schemaVersion\":1,\"type\":\"assessment\"}"
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(HoldspaceJsonException.class);
  }
}
