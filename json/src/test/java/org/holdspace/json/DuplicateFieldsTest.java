package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A field name repeated in one object is refused as malformed wherever it is: at the root, in an
 * event (before and after its type), in a nested code, in a vendor event, in kept unknown content.
 * Whichever of two values a reader kept, the other would be lost without a word. Each document is
 * read by {@link HoldspaceJson}, by the same with unknown content kept, and by a plain
 * {@link ObjectMapper} with the module registered (whose own duplicate detection is off).
 */
class DuplicateFieldsTest {
  private static final String SENTINEL = "Zq7SENTINEL";
  private static final String SUPPORT = "{\"system\":\"https://holdspace.org/codes/sensory-support\","
      + "\"code\":\"deep-pressure\"}";
  private static final String SESSION = "{\"schemaVersion\":1,\"type\":\"session\",\"id\":\"s1\",\"clientId\":\"c1\","
      + "\"clinicianId\":\"t1\",\"discipline\":{\"system\":\"https://holdspace.org/codes/discipline\",\"code\":\"ot\"},"
      + "\"planned\":{\"start\":\"2026-03-02T09:00:00Z\",\"end\":\"2026-03-02T10:00:00Z\"},"
      + "\"actual\":{\"start\":\"2026-03-02T09:00:00Z\",\"end\":\"2026-03-02T10:00:00Z\"},"
      + "\"status\":\"completed\",\"goals\":[],\"events\":[$EVENTS]}";

  private static String session(String events) {
    return SESSION.replace("$EVENTS", events);
  }

  static Stream<Arguments> documents() {
    String note = "{\"type\":\"clinicianNote\",\"id\":\"n1\",\"at\":\"2026-03-02T09:10:00Z\",\"text\":\"a\"";
    return Stream.of(
        Arguments.of("at the root", SESSION.replace("\"clientId\":\"c1\",", "\"clientId\":\"c1\",\"clientId\":\""
            + SENTINEL + "\",").replace("$EVENTS", "")),
        Arguments.of("in an interval", SESSION.replace("\"end\":\"2026-03-02T10:00:00Z\"}",
            "\"end\":\"2026-03-02T10:00:00Z\",\"end\":\"2026-03-02T10:00:00Z\"}").replace("$EVENTS", "")),
        Arguments.of("in an event after its type", session(note + ",\"text\":\"" + SENTINEL + "\"}")),
        Arguments.of("in an event before its type", session("{\"text\":\"" + SENTINEL + "\",\"text\":\"b\","
            + (note.substring(1) + "}").replace(",\"text\":\"a\"", ""))),
        Arguments.of("in a code after the type", session("{\"type\":\"sensorySupport\",\"id\":\"e1\","
            + "\"at\":\"2026-03-02T09:10:00Z\",\"support\":" + SUPPORT.replace("}", ",\"code\":\"swing\"}")
            + ",\"response\":\"accepted\"}")),
        Arguments.of("in a code before the type", session("{\"support\":"
            + SUPPORT.replace("}", ",\"code\":\"swing\"}") + ",\"type\":\"sensorySupport\",\"id\":\"e1\","
            + "\"at\":\"2026-03-02T09:10:00Z\",\"response\":\"accepted\"}")),
        Arguments.of("in a vendor event", session("{\"type\":\"acme.hydrationBreak\",\"id\":\"v1\","
            + "\"at\":\"2026-03-02T09:10:00Z\",\"millilitres\":5,\"millilitres\":50}")),
        Arguments.of("inside a vendor event's value", session("{\"type\":\"acme.hydrationBreak\",\"id\":\"v1\","
            + "\"at\":\"2026-03-02T09:10:00Z\",\"millilitres\":5,\"extra\":{\"a\":1,\"a\":2}}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aRepeatedFieldIsMalformed(String where, String json) {
    HoldspaceJson standard = HoldspaceJson.of(VendorCodecs.module());
    HoldspaceJson keeping = HoldspaceJson.of(HoldspaceModule.builder().keepUnknownContent()
        .addEvent(new VendorCodecs.HydrationBreakCodec()).build());
    ObjectMapper plain = new ObjectMapper().registerModule(VendorCodecs.module());
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (HoldspaceJsonException e : new HoldspaceJsonException[] {
        catchThrowableOfType(HoldspaceJsonException.class, () -> standard.readSession(bytes)),
        catchThrowableOfType(HoldspaceJsonException.class, () -> keeping.readSession(bytes)),
        catchThrowableOfType(HoldspaceJsonException.class, () -> plain.readValue(bytes, Session.class))}) {
      assertThat(e).as(where).isNotNull();
      assertThat(e.problem()).as(where).isEqualTo(Problem.MALFORMED);
      assertThat(e.getMessage()).as(where).doesNotContain(SENTINEL);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void withoutTheRepeatTheDocumentReads(String where, String json) throws Exception {
    String once = json.replace(",\"clientId\":\"" + SENTINEL + "\"", "")
        .replace(",\"end\":\"2026-03-02T10:00:00Z\",\"end\"", ",\"end\"")
        .replace(",\"text\":\"" + SENTINEL + "\"}", "}")
        .replace("{\"text\":\"" + SENTINEL + "\",", "{")
        .replace(",\"code\":\"swing\"", "")
        .replace(",\"millilitres\":50", "")
        .replace(",\"extra\":{\"a\":1,\"a\":2}", "");
    assertThat(once).as(where).isNotEqualTo(json);
    HoldspaceJson.of(VendorCodecs.module()).readSession(once);
  }
}
