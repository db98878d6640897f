package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.scenario.PublicScenario;
import org.junit.jupiter.api.Test;

/** Input past the limits fails fast with the library's error; inputs are streamed, not held. */
class LimitsTest {
  private static final String SENTINEL = "Zq7SENTINEL";

  private static InputStream repeated(byte b, long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        return left-- > 0 ? b : -1;
      }

      @Override
      public int read(byte[] buf, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(buf, off, off + n, b);
        left -= n;
        return n;
      }
    };
  }

  private static InputStream concat(InputStream... parts) {
    return new SequenceInputStream(Collections.enumeration(List.of(parts)));
  }

  private static InputStream text(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aHugeStringIsRefused() {
    HoldspaceJson json = HoldspaceJson.of(HoldspaceModule.builder()
        .limits(JsonLimits.defaults().withMaxStringLength(10_000).withMaxDocumentBytes(64L << 20)).build());
    InputStream doc = concat(text("{\"schemaVersion\":1,\"type\":\"session\",\"id\":\""),
        repeated((byte) 'a', 20L << 20), text("\"}"));
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> json.readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
  }

  /** An input that repeats {@code unit} {@code times} times, made as it is read. */
  private static InputStream repeated(String unit, long times) {
    byte[] bytes = unit.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;
      private final long end = bytes.length * times;

      @Override
      public int read() {
        return position < end ? bytes[(int) (position++ % bytes.length)] & 0xff : -1;
      }
    };
  }

  @Test
  void aHundredMegabyteStringFailsFastWithTheDefaultLimits() {
    InputStream doc = concat(text("{\"schemaVersion\":1,\"type\":\"session\",\"id\":\""),
        repeated((byte) 'a', 100L << 20), text("\"}"));
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> HoldspaceJson.standard().readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
  }

  @Test
  void aSessionOfAMillionEventsFailsFastWithTheDefaultLimits() {
    String head = "{\"schemaVersion\":1,\"type\":\"session\",\"id\":\"s\",\"clientId\":\"c\",\"clinicianId\":\"t\","
        + "\"discipline\":{\"system\":\"s\",\"code\":\"c\"},\"planned\":{\"start\":\"2026-03-02T09:00:00Z\","
        + "\"end\":\"2026-03-02T10:00:00Z\"},\"status\":\"completed\",\"events\":[";
    String event = "{\"type\":\"connectionObservation\",\"id\":\"e\",\"at\":\"2026-03-02T09:10:00Z\","
        + "\"sign\":{\"system\":\"s\",\"code\":\"c\"}},";
    InputStream doc = concat(text(head), repeated(event, 1_000_000), text("{}]}"));
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> HoldspaceJson.standard().readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/events/100000");
  }

  @Test
  void twoGigabytesOfWhitespaceStopAtTheDefaultDocumentLimit() {
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> HoldspaceJson.standard().readSession(repeated((byte) ' ', 2L << 30)));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
  }

  @Test
  void deepNestingIsRefused() {
    InputStream doc = concat(text("{\"schemaVersion\":1,\"x\":"), repeated((byte) '[', 100_000));
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> HoldspaceJson.standard().readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
  }

  @Test
  void endlessWhitespaceStopsAtTheDocumentLimit() {
    HoldspaceJson json = HoldspaceJson.of(HoldspaceModule.builder()
        .limits(JsonLimits.defaults().withMaxDocumentBytes(1 << 20)).build());
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> json.readSession(repeated((byte) ' ', 200L << 20)));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
  }

  @Test
  void tooManyEventsAreRefusedAtTheFirstOneOver() throws HoldspaceJsonException {
    HoldspaceJson json = HoldspaceJson.of(HoldspaceModule.builder()
        .limits(JsonLimits.defaults().withMaxEventsPerSession(10)).build());
    String hardDay = new String(HoldspaceJson.standard().writeSession(PublicScenario.HARD_DAY.session()), StandardCharsets.UTF_8);
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class, () -> json.readSession(hardDay));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/events/10");
  }

  @Test
  void garbageAtTheVeryStartIsTheLibrarysErrorWithoutTheInput() {
    for (String doc : List.of(SENTINEL, "{" + SENTINEL, "[1,2]", "{} {}", "\u0000\u0001" + SENTINEL, "")) {
      HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
          () -> HoldspaceJson.standard().readSession(doc));
      assertThat(e).as(doc).isNotNull();
      assertThat(e.getMessage()).as(doc).doesNotContain(SENTINEL);
    }
  }

  @Test
  void invalidUtf8IsMalformed() {
    byte[] doc = {'{', '"', 'i', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> HoldspaceJson.standard().readSession(doc));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
  }
}
