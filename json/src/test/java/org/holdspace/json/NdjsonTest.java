package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.Test;
import org.holdspace.testkit.Theories;

class NdjsonTest {
  private static final HoldspaceJson JSON = HoldspaceJson.of(VendorCodecs.module());

  @Test
  void goodLinesAreReadAndBadLinesAreReportedByNumberWhileTheRestGoOn() {
    Theories.qt(5).forAll(lists().of(Generators.sessions().mix(Generators.vendorSessions(), 20)).ofSize(40))
        .checkAssert(sessions -> {
          try {
            readBack(sessions);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  private static void readBack(List<Session> sessions) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (NdjsonWriter<Session> out = JSON.writeSessions(bytes)) {
      for (Session s : sessions) {
        out.write(s);
      }
      assertThat(out.linesWritten()).isEqualTo(40);
    }
    List<String> lines = new ArrayList<>(List.of(bytes.toString(StandardCharsets.UTF_8).split("\n")));
    lines.add(5, "{\"schemaVersion\":1,");                  // line 6: truncated
    lines.add(10, "");                                       // line 11: blank, skipped
    lines.add(20, "{\"schemaVersion\":1,\"type\":\"session\",\"colour\":\"red\"}"); // line 21: unknown field
    lines.add(30, "not json at all");                        // line 31
    String text = String.join("\r\n", lines) + "\n";
    List<Session> read = new ArrayList<>();
    List<Long> failed = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (NdjsonReader<Session> in = JSON.readSessions(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      in.forEachRemaining(line -> {
        if (line.isOk()) {
          read.add(line.value().get());
        } else {
          failed.add(line.number());
          problems.add(line.error().get().problem());
        }
      });
      assertThat(in.linesRead()).isEqualTo(44);
    }
    assertThat(read).isEqualTo(sessions);
    assertThat(failed).containsExactly(6L, 21L, 31L);
    assertThat(problems).containsExactly(Problem.MALFORMED, Problem.UNKNOWN_FIELD, Problem.MALFORMED);
  }

  @Test
  void aLineOverTheLimitIsReportedWithoutBeingBufferedAndTheNextIsRead() throws IOException {
    HoldspaceJson small = HoldspaceJson.of(HoldspaceModule.builder()
        .limits(JsonLimits.defaults().withMaxDocumentBytes(4096)).build());
    String good = new String(small.writeSession(PublicScenario.NOTHING_DOCUMENTED.session()), StandardCharsets.UTF_8);
    String huge = "{\"x\":\"" + "a".repeat(100_000) + "\"}";
    InputStream in = new ByteArrayInputStream((good + "\n" + huge + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8));
    try (NdjsonReader<Session> lines = small.readSessions(in)) {
      assertThat(lines.next().isOk()).isTrue();
      NdjsonLine<Session> second = lines.next();
      assertThat(second.number()).isEqualTo(2);
      assertThat(second.error().get().problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(second.toString()).startsWith("line 2: limit exceeded");
      assertThat(lines.next().value()).contains(PublicScenario.NOTHING_DOCUMENTED.session());
      assertThat(lines.hasNext()).isFalse();
    }
  }

  @Test
  void aLongStreamIsReadLineByLine() throws IOException {
    byte[] line = (new String(JSON.writeSession(PublicScenario.HARD_DAY.session()), StandardCharsets.UTF_8) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    int count = 5_000;
    InputStream generated = new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= (long) line.length * count) {
          return -1;
        }
        return line[(int) (position++ % line.length)] & 0xff;
      }
    };
    long ok = 0;
    try (NdjsonReader<Session> lines = JSON.readSessions(generated)) {
      while (lines.hasNext()) {
        ok += lines.next().isOk() ? 1 : 0;
      }
    }
    assertThat(ok).isEqualTo(count);
  }
}
