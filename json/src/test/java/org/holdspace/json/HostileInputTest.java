package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.holdspace.testkit.Theories.qt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.VendorFixtures.HydrationBreak;
import org.holdspace.timeline.EventHeader;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.junit.jupiter.api.Test;

/**
 * The hostile inputs and hurried vendor code of the reliability issue: each fails with the
 * library's own exception, leaks no caller text, and stays bounded in size.
 */
class HostileInputTest {
  private static final String SENTINEL = "childName_Zq7SENTINEL";
  private static final HoldspaceJson JSON = HoldspaceJson.of(VendorCodecs.module());

  private static String hardDay() throws HoldspaceJsonException {
    return new String(JSON.writeSession(PublicScenario.HARD_DAY.session()), StandardCharsets.UTF_8);
  }

  @Test
  void aVendorCodecThatThrowsIsReportedAsItsFailureWithoutItsMessage() throws Exception {
    JsonEventCodec<HydrationBreak> careless = new VendorCodecs.HydrationBreakCodec() {
      @Override
      public HydrationBreak read(EventHeader h, VendorFields fields) {
        // written as a hurried vendor would: no check that the field is there
        int ml = fields.node("millilitres").get().get("nested").intValue();
        throw new IllegalStateException("unreachable " + ml + " " + SENTINEL);
      }
    };
    HoldspaceJson json = HoldspaceJson.of(HoldspaceModule.builder().addEvent(careless).build());
    String doc = hardDay().replace("\"events\" : [", "\"events\" : [{\"type\":\"acme.hydrationBreak\",\"id\":\"v1\","
        + "\"at\":\"2026-03-02T09:10:00Z\",\"millilitres\":5},").replace("\"events\":[",
        "\"events\":[{\"type\":\"acme.hydrationBreak\",\"id\":\"v1\",\"at\":\"2026-03-02T09:10:00Z\",\"millilitres\":5},");
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> json.readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/events/0");
    assertThat(e.getMessage()).contains("NullPointerException").doesNotContain(SENTINEL);
    assertThat(e.getCause()).isNull();
  }

  @Test
  void aWrongTypedVendorFieldIsAnErrorNotAZero() throws Exception {
    String doc = hardDay().replace("\"events\":[", "\"events\":[{\"type\":\"acme.hydrationBreak\",\"id\":\"v1\","
        + "\"at\":\"2026-03-02T09:10:00Z\",\"millilitres\":\"abc\"},");
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> JSON.readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(e.pointer()).isEqualTo("/events/0/millilitres");
  }

  @Test
  void anUnknownFieldOfAVendorSessionIsRefusedNotDropped() throws Exception {
    Session clinic = org.holdspace.testkit.VendorFixtures.ClinicSession.builder()
        .from(PublicScenario.STEADY_SESSION.session()).payerId("p1").build();
    String doc = new String(JSON.writeSession(clinic), StandardCharsets.UTF_8).replace("\"payerId\"",
        "\"" + SENTINEL + "\":1,\"payerId\"");
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> JSON.readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
    assertThat(e.pointer()).startsWith("/<field ").doesNotContain(SENTINEL);
    assertThat(e.getMessage()).doesNotContain(SENTINEL);
    HoldspaceJson keep = HoldspaceJson.of(HoldspaceModule.builder().keepUnknownContent()
        .addEvent(new VendorCodecs.HydrationBreakCodec()).addSession(new VendorCodecs.ClinicSessionCodec()).build());
    Session kept = keep.readSession(doc);
    assertThat(kept).isInstanceOf(PreservingSession.class);
    assertThat(((PreservingSession) kept).session()).isEqualTo(clinic);
    assertThat(new String(keep.writeSession(kept), StandardCharsets.UTF_8)).contains(SENTINEL);
  }

  @Test
  void aMapKeyAndAnUnknownFieldAreNeverSpelledOut() throws Exception {
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.STEADY_SESSION.session());
    String doc = new String(JSON.writeAssessment(a), StandardCharsets.UTF_8)
        .replace("\"g-turns\":0", "\"" + SENTINEL + "\":\"zero\"");
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> JSON.readAssessment(
        doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.pointer()).isEqualTo("/goalOutcome/gasLevels/<field 0>");
    assertThat(e.getMessage()).doesNotContain(SENTINEL);
  }

  @Test
  void aHundredThousandEventsSharingOneIdGiveABoundedReport() throws Exception {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      events.append(i == 0 ? "" : ",").append("{\"type\":\"clinicianNote\",\"id\":\"same\",\"at\":\"2026-03-02T09:10:00Z\","
          + "\"text\":\"n\"}");
    }
    String doc = hardDay().replaceFirst("\"events\" ?: ?\\[.*\\]", "\"events\":[" + events + "]");
    assertThat((long) doc.length()).isGreaterThan(7_000_000L).isLessThan(HoldspaceJson.standard().limits().maxDocumentBytes());
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> JSON.readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
    assertThat(e.violations()).hasSize(Violations.MAX_KEPT);
    assertThat(e.getMessage()).contains("99999 violations").contains("and 99989 more").hasSizeLessThan(2_000);
  }

  @Test
  void aDiskFaultIsAnIoFailureWithItsCauseNotMalformedData() throws Exception {
    byte[] start = hardDay().substring(0, 200).getBytes(StandardCharsets.UTF_8);
    IOException fault = new IOException("disk on fire");
    InputStream failing = new SequenceInputStream(new ByteArrayInputStream(start), new InputStream() {
      @Override
      public int read() throws IOException {
        throw fault;
      }
    });
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> JSON.readSession(failing));
    assertThat(e.problem()).isEqualTo(Problem.IO_FAILURE);
    assertThat(e.getCause()).isSameAs(fault);

    byte[] line = (hardDay().replace("\n", "") + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream ndjson = new SequenceInputStream(new ByteArrayInputStream(line), new InputStream() {
      @Override
      public int read() throws IOException {
        throw fault;
      }
    });
    try (NdjsonReader<Session> lines = JSON.readSessions(ndjson)) {
      assertThat(lines.next().isOk()).isTrue();
      assertThat(lines.hasNext()).isTrue();
      NdjsonLine<Session> last = lines.next();
      assertThat(last.error().get().problem()).isEqualTo(Problem.IO_FAILURE);
      assertThat(last.error().get().getCause()).isSameAs(fault);
      assertThat(lines.hasNext()).isFalse();
    }
  }

  @Test
  void spoofedIdsAreRefused() throws Exception {
    String doc = hardDay().replace("\"id\":\"s-a-hard-day\"", "\"id\":\"s-a\\u202Eyad-drah\"");
    assertThat(doc).contains("\\u202E");
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> JSON.readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
    assertThat(e.violations()).extracting(v -> v.code()).contains(CoreViolation.INVISIBLE_CHARACTER);
  }

  @Test
  void timesTowardsTheEndOfTimeAreRefusedWhenRead() throws Exception {
    String doc = hardDay().replace("2026-03-02T", "+1000000-03-02T");
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> JSON.readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
    assertThat(e.violations()).extracting(v -> v.code()).contains(CoreViolation.TIME_OUT_OF_RANGE);
  }

  @Test
  void theAssessmentReaderRefusesImpossibleFigures() throws Exception {
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(PublicScenario.HARD_DAY.session());
    ObjectNode good = (ObjectNode) JSON.mapper().readTree(JSON.writeAssessment(a));
    for (String[] change : new String[][] {{"regulatedShare", "7.5"}, {"regulatedShare", "1e400"},
        {"timeToRegulate", "\"PT-5M\""}, {"goalOutcome", "{\"attemptIds\":[],\"attemptsWhileNotReady\":[],"
        + "\"gasLevels\":{\"g\":7}}"}}) {
      ObjectNode bad = good.deepCopy();
      bad.set(change[0], JSON.mapper().readTree(change[1]));
      HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
          () -> JSON.readAssessment(JSON.mapper().writeValueAsBytes(bad)));
      assertThat(e).as(change[0] + "=" + change[1]).isNotNull();
    }
    ObjectNode noRungs = good.deepCopy();
    noRungs.remove("rungs");
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> JSON.readAssessment(JSON.mapper().writeValueAsBytes(noRungs)));
    assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
    assertThat(e.pointer()).isEqualTo("/rungs");
  }

  @Test
  void nothingIsWrittenThatTheReaderRefuses() {
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    qt(300).forAll(Generators.sessions()).checkAssert(s -> {
      Assessment a = evaluator.evaluate(s);
      try {
        assertThat(JSON.readAssessment(JSON.writeAssessment(a))).isEqualTo(a);
        assertThat(JSON.readSession(JSON.writeSession(s))).isEqualTo(s);
      } catch (HoldspaceJsonException e) {
        throw new AssertionError(e);
      }
    });
  }
}
