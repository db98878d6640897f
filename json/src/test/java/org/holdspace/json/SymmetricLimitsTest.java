package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/**
 * Nothing is written that a reader with the same limits refuses: at each limit a value writes and
 * reads back equal; one past it, the writer refuses it with the problem the reader gives
 * ({@code LIMIT_EXCEEDED}), for strings, lists and whole documents, one document or NDJSON lines.
 */
class SymmetricLimitsTest {
  private static final Session BASE = PublicScenario.HARD_DAY.session();

  @Test
  void aTextAtTheStringLimitRoundTripsAndOnePastItIsRefusedWhenWritten() {
    qt(20).forAll(integers().between(200, 5_000)).checkAssert(limit -> {
      HoldspaceJson json = json(JsonLimits.defaults().withMaxStringLength(limit));
      Session at = withNote(BASE, "x".repeat(limit));
      assertThat(roundTrip(json, at)).isEqualTo(at);
      Session past = withNote(BASE, "x".repeat(limit + 1));
      assertRefusedBothWays(json, past);
    });
  }

  @Test
  void aSessionAtTheEventLimitRoundTripsAndOnePastItIsRefusedWhenWritten() {
    int limit = BASE.events().size() + 3;
    HoldspaceJson json = json(JsonLimits.defaults().withMaxEventsPerSession(limit));
    Session at = withNotes(BASE, 3);
    assertThat(at.events()).hasSize(limit);
    assertThat(roundTrip(json, at)).isEqualTo(at);
    assertRefusedBothWays(json, withNotes(BASE, 4));
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> json.writeSession(withNotes(BASE, 4)));
    assertThat(e.pointer()).isEqualTo("/events/" + limit); // where the reader stops: the first event over
  }

  @Test
  void aDocumentAtTheSizeLimitRoundTripsAndOnePastItIsRefusedWhenWritten() {
    int size = written(BASE).length;
    HoldspaceJson exact = json(JsonLimits.defaults().withMaxDocumentBytes(size));
    assertThat(roundTrip(exact, BASE)).isEqualTo(BASE);
    assertRefusedBothWays(json(JsonLimits.defaults().withMaxDocumentBytes(size - 1)), BASE);
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(BASE);
    int assessmentSize = writtenAssessment(a).length;
    HoldspaceJson small = json(JsonLimits.defaults().withMaxDocumentBytes(assessmentSize - 1));
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> small.writeAssessment(a));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
  }

  @Test
  void anNdjsonLineIsRefusedAsTheDocumentWouldBe() throws Exception {
    HoldspaceJson json = json(JsonLimits.defaults().withMaxStringLength(300));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter<Session> w = json.writeSessions(out)) {
      w.write(withNote(BASE, "y".repeat(300)));
      HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
          () -> w.write(withNote(BASE, "y".repeat(301))));
      assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(w.linesWritten()).isEqualTo(1);
    }
  }

  /** The writer refuses {@code value}, and the reader refuses the same document written without limits. */
  private static void assertRefusedBothWays(HoldspaceJson json, Session value) {
    HoldspaceJsonException written = catchThrowableOfType(HoldspaceJsonException.class, () -> json.writeSession(value));
    assertThat(written).isNotNull();
    assertThat(written.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    byte[] document = written(value);
    HoldspaceJsonException read = catchThrowableOfType(HoldspaceJsonException.class, () -> json.readSession(document));
    assertThat(read).isNotNull();
    assertThat(read.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(written.getMessage()).doesNotContain("xxxx").doesNotContain("yyyy");
  }

  private static Session roundTrip(HoldspaceJson json, Session s) {
    try {
      return json.readSession(json.writeSession(s));
    } catch (HoldspaceJsonException e) {
      throw new AssertionError(e.problem() + " at " + e.pointer(), e);
    }
  }

  private static byte[] written(Session s) {
    try {
      return HoldspaceJson.standard().writeSession(s);
    } catch (HoldspaceJsonException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] writtenAssessment(Assessment a) {
    try {
      return HoldspaceJson.standard().writeAssessment(a);
    } catch (HoldspaceJsonException e) {
      throw new AssertionError(e);
    }
  }

  private static HoldspaceJson json(JsonLimits limits) {
    return HoldspaceJson.of(HoldspaceModule.builder().limits(limits).build());
  }

  private static Session withNote(Session s, String text) {
    Instant at = s.actual().orElseThrow().start().plus(Duration.ofMinutes(1));
    List<SessionEvent> events = new ArrayList<>(s.events());
    events.add(ClinicianNote.builder().id("limit-note").at(at).text(text).build());
    return s.withEvents(events);
  }

  private static Session withNotes(Session s, int count) {
    Instant at = s.actual().orElseThrow().start().plus(Duration.ofMinutes(1));
    List<SessionEvent> events = new ArrayList<>(s.events());
    for (int i = 0; i < count; i++) {
      events.add(ClinicianNote.builder().id("limit-note-" + i).at(at).text("n").build());
    }
    return s.withEvents(events);
  }
}
