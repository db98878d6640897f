package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.holdspace.evaluation.Assessment;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.session.Session;
import org.holdspace.validation.CoreViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad documents, each with the problem and the JSON pointer it must be reported with. Every
 * document carries a sentinel standing for health data; no message may contain it.
 */
class BadInputTest {
  private static final String SENTINEL = "Zq7SENTINEL";
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(VendorCodecs.module());

  /** A valid session document, with {@code $EVENTS} in place of its events. */
  private static final String SESSION = "{\"schemaVersion\":1,\"type\":\"session\",\"id\":\"s1\",\"clientId\":\"c1\","
      + "\"clinicianId\":\"t1\",\"discipline\":{\"system\":\"https://holdspace.org/codes/discipline\",\"code\":\"ot\"},"
      + "\"planned\":{\"start\":\"2026-03-02T09:00:00Z\",\"end\":\"2026-03-02T10:00:00Z\"},"
      + "\"actual\":{\"start\":\"2026-03-02T09:00:00Z\",\"end\":\"2026-03-02T10:00:00Z\"},"
      + "\"status\":\"completed\",\"goals\":[{\"id\":\"g1\",\"description\":\"" + SENTINEL + "\","
      + "\"lifecycleStatus\":\"active\"}],\"events\":[$EVENTS]}";

  private static String session(String events) {
    return SESSION.replace("$EVENTS", events);
  }

  private static String note(String extra) {
    return "{\"type\":\"clinicianNote\",\"id\":\"n1\",\"at\":\"2026-03-02T09:10:00Z\",\"text\":\"" + SENTINEL + "\""
        + extra + "}";
  }

  static Stream<Arguments> badSessions() {
    return Stream.of(
        Arguments.of("unknown field in an event", session(note(",\"colour\":\"red\"")), Problem.UNKNOWN_FIELD,
            "/events/0/<field 4>"),
        Arguments.of("unknown field in the session", SESSION.replace("\"id\":\"s1\"", "\"id\":\"s1\",\"x\":1")
            .replace("$EVENTS", ""), Problem.UNKNOWN_FIELD, "/<field 3>"),
        Arguments.of("unknown event type", session("{\"type\":\"" + SENTINEL + "\",\"id\":\"e1\"}"),
            Problem.UNKNOWN_TYPE, "/events/0/type"),
        Arguments.of("unknown session type", SESSION.replace("\"type\":\"session\"", "\"type\":\"acme.other\"")
            .replace("$EVENTS", ""), Problem.UNKNOWN_TYPE, "/type"),
        Arguments.of("event without type", session("{\"id\":\"e1\",\"at\":\"2026-03-02T09:10:00Z\"}"),
            Problem.MISSING_FIELD, "/events/0/type"),
        Arguments.of("event without at", session("{\"type\":\"clinicianNote\",\"id\":\"e1\",\"text\":\"x\"}"),
            Problem.MISSING_FIELD, "/events/0/at"),
        Arguments.of("regulation without band", session("{\"type\":\"regulationObservation\",\"id\":\"e1\","
            + "\"at\":\"2026-03-02T09:10:00Z\"}"), Problem.MISSING_FIELD, "/events/0/band"),
        Arguments.of("number for a string", session(note(",\"until\":5")), Problem.WRONG_TYPE, "/events/0/until"),
        Arguments.of("null for a string", SESSION.replace("\"id\":\"s1\"", "\"id\":null").replace("$EVENTS", ""),
            Problem.WRONG_TYPE, "/id"),
        Arguments.of("bad instant", session(note(",\"until\":\"" + SENTINEL + "\"")), Problem.INVALID_VALUE,
            "/events/0/until"),
        Arguments.of("unknown enum value", session("{\"type\":\"regulationObservation\",\"id\":\"e1\","
            + "\"at\":\"2026-03-02T09:10:00Z\",\"band\":\"" + SENTINEL + "\"}"), Problem.INVALID_VALUE,
            "/events/0/band"),
        Arguments.of("unknown FHIR status", SESSION.replace("\"lifecycleStatus\":\"active\"",
            "\"lifecycleStatus\":\"" + SENTINEL + "\"").replace("$EVENTS", ""), Problem.INVALID_VALUE,
            "/goals/0/lifecycleStatus"),
        Arguments.of("event before the session", session(note("").replace("09:10", "08:10")),
            Problem.DOMAIN_VIOLATION, "/events/0/at"),
        Arguments.of("end before start", SESSION.replace("\"end\":\"2026-03-02T10:00:00Z\"}",
            "\"end\":\"2026-03-02T08:00:00Z\"}").replace("$EVENTS", ""), Problem.DOMAIN_VIOLATION,
            "/planned/end"),
        Arguments.of("GAS level out of range", session("{\"type\":\"goalAttempt\",\"id\":\"e1\","
            + "\"at\":\"2026-03-02T09:10:00Z\",\"goalId\":\"g1\",\"gasLevel\":3}"), Problem.DOMAIN_VIOLATION,
            "/events/0/gasLevel"),
        Arguments.of("duplicate event id", session(note("") + "," + note("")), Problem.DOMAIN_VIOLATION,
            "/events/1/id"),
        Arguments.of("unsupported schema version", SESSION.replace("\"schemaVersion\":1", "\"schemaVersion\":2")
            .replace("$EVENTS", ""), Problem.UNSUPPORTED_VERSION, "/schemaVersion"),
        Arguments.of("no schema version", SESSION.replace("\"schemaVersion\":1,", "").replace("$EVENTS", ""),
            Problem.MISSING_FIELD, "/schemaVersion"),
        // malformed input is placed at the last field read before the break
        Arguments.of("malformed JSON inside", session(note("").replace("\"text\"", SENTINEL)), Problem.MALFORMED,
            "/events/0/at"),
        Arguments.of("truncated document", session(note("")).substring(0, 300), Problem.MALFORMED, "/actual"),
        Arguments.of("vendor field of the wrong type", session("{\"type\":\"acme.hydrationBreak\",\"id\":\"v1\","
            + "\"at\":\"2026-03-02T09:10:00Z\",\"millilitres\":\"" + SENTINEL + "\"}"), Problem.WRONG_TYPE,
            "/events/0/millilitres"),
        Arguments.of("vendor event with a field its codec does not read", session("{\"type\":\"acme.hydrationBreak\","
            + "\"id\":\"v1\",\"at\":\"2026-03-02T09:10:00Z\",\"millilitres\":5,\"" + SENTINEL + "\":1}"),
            Problem.UNKNOWN_FIELD, "/events/0/<field 4>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSessions")
  void badSessionIsReportedWithItsProblemAndPointerButNotItsValues(String name, String json, Problem problem,
      String pointer) {
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> MAPPER.readValue(json, Session.class));
    assertThat(e).as(name).isNotNull();
    assertThat(e.problem()).as(name).isEqualTo(problem);
    assertThat(e.pointer()).as(name).isEqualTo(pointer);
    assertThat(e.line()).as(name).isEqualTo(1);
    assertThat(e.column()).as(name).isPositive();
    assertThat(e.getMessage()).as(name).doesNotContain(SENTINEL).contains(pointer);
    assertThat(e.toString()).doesNotContain(SENTINEL);
  }

  @org.junit.jupiter.api.Test
  void domainViolationsCarryCoresViolationList() {
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> MAPPER.readValue(
        session(note("").replace("09:10", "08:10") + "," + note("")), Session.class));
    assertThat(e.violations()).extracting(v -> v.code()).containsExactly(
        CoreViolation.OUTSIDE_SESSION, CoreViolation.DUPLICATE_ID);
    assertThat(e.getMessage()).contains("/events/0/at: lies outside the session's actual time")
        .contains("/events/1/id: repeats an id");
  }

  @org.junit.jupiter.api.Test
  void aBadAssessmentIsReportedToo() {
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> MAPPER.readValue(
        "{\"schemaVersion\":1,\"type\":\"assessment\",\"headline\":\"" + SENTINEL + "\"}", Assessment.class));
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/headline");
    assertThat(e.getMessage()).doesNotContain(SENTINEL);
  }

  @org.junit.jupiter.api.Test
  void linesAndColumnsPointIntoMultiLineDocuments() {
    String json = session(note(",\n  \"colour\": 1")).replace(",\"clientId\"", ",\n\"clientId\"");
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> MAPPER.readValue(json, Session.class));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(13);
  }
}
