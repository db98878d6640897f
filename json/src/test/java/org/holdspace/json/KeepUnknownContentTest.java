package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;

/** The opt-in mode keeps unknown fields and types verbatim and writes them back unchanged. */
class KeepUnknownContentTest {
  private static final HoldspaceJson KEEP = HoldspaceJson.of(HoldspaceModule.builder().keepUnknownContent().build());
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static ObjectNode withUnknownContent() throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(HoldspaceJson.standard().writeSession(PublicScenario.HARD_DAY.session()));
    doc.putObject("acmeBilling").put("payer", "p-1").putArray("codes").add(97530).add(1.5e2);
    ((ObjectNode) doc.get("events").get(0)).put("acmeIntensity", 7);
    ObjectNode alien = doc.withArray("events").addObject();
    alien.put("type", "other.vendorThing").put("id", "x1").put("at", "2026-03-02T09:30:00Z")
        .putObject("payload").put("nested", true).putNull("nothing");
    return doc;
  }

  @Test
  void unknownFieldsAndTypesSurviveARoundTripUnchanged() throws Exception {
    ObjectNode doc = withUnknownContent();
    Session read = KEEP.readSession(PLAIN.writeValueAsBytes(doc));
    assertThat(read).isInstanceOf(PreservingSession.class);
    PreservingSession kept = (PreservingSession) read;
    assertThat(kept.unknownFields()).containsOnlyKeys("acmeBilling");
    assertThat(kept.unknownEventFields()).containsOnlyKeys("a01");
    assertThat(kept.events()).last().isInstanceOf(UnrecognizedEvent.class);
    JsonNode written = PLAIN.readTree(KEEP.writeSession(read));
    assertThat(written).isEqualTo(doc);
    assertThat(KEEP.readSession(KEEP.writeSession(read))).isEqualTo(read);
    assertThat(read.toString()).doesNotContain("p-1").doesNotContain("nested");
  }

  @Test
  void keptContentIsLeftUntouchedByEvaluation() throws Exception {
    Session read = KEEP.readSession(PLAIN.writeValueAsBytes(withUnknownContent()));
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(read);
    Assessment plain = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.HARD_DAY.session());
    assertThat(a.unknownEventIds()).containsExactly("x1");
    assertThat(a.rungs()).isEqualTo(plain.rungs());
    assertThat(a.findings()).isEqualTo(plain.findings());
  }

  @Test
  void withoutTheOptInUnknownContentFailsNamingItsPointer() throws Exception {
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> HoldspaceJson.standard().readSession(PLAIN.writeValueAsBytes(withUnknownContent())));
    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
    assertThat(e.pointer()).isEqualTo("/events/0/<field 7>").doesNotContain("acmeIntensity");
    assertThat(e.getMessage()).doesNotContain("acmeIntensity");
  }

  @Test
  void documentsWithoutUnknownContentReadAsPlainSessions() throws Exception {
    Session s = PublicScenario.STEADY_SESSION.session();
    assertThat(KEEP.readSession(KEEP.writeSession(s))).isEqualTo(s).isNotInstanceOf(PreservingSession.class);
  }
}
