package org.holdspace.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.NdjsonLine;
import org.holdspace.json.NdjsonReader;
import org.holdspace.scenario.SampleSessions;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scale without loss, on demand ({@code ./mvnw -pl examples -am verify -Pscale}, with
 * {@code -Xmx128m}): 1,000,000 sessions generated as NDJSON on the fly, never held, with
 * malformed lines at known positions; every good line gives an assessment and every bad line is
 * reported with its number.
 */
@Tag("scale")
class MillionSessionsScaleTest {
  private static final long LINES = Long.getLong("holdspace.scale.lines", 1_000_000L);
  private static final long BAD_EVERY = 99_991; // a prime, so bad lines fall at uneven places

  /** NDJSON lines made as they are read: a sample session per line, a broken line every BAD_EVERY. */
  private static final class GeneratedNdjson extends InputStream {
    private final SampleSessions sample = new SampleSessions(1);
    private final HoldspaceJson json = HoldspaceJson.standard();
    private byte[] line = new byte[0];
    private int position;
    private long lineNumber;

    @Override
    public int read() throws IOException {
      if (position == line.length && !nextLine()) {
        return -1;
      }
      return line[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (position == line.length && !nextLine()) {
        return -1;
      }
      int n = Math.min(len, line.length - position);
      System.arraycopy(line, position, b, off, n);
      position += n;
      return n;
    }

    private boolean nextLine() throws IOException {
      if (lineNumber == LINES) {
        return false;
      }
      lineNumber++;
      Session s = sample.next();
      byte[] doc = lineNumber % BAD_EVERY == 0
          ? "{\"schemaVersion\":1,\"type\":\"session\",\"id\":".getBytes(StandardCharsets.UTF_8)
          : json.writeSession(s);
      line = new byte[doc.length + 1];
      System.arraycopy(doc, 0, line, 0, doc.length);
      line[doc.length] = '\n';
      position = 0;
      return true;
    }
  }

  @Test
  void aMillionSessionsAreReadAndEvaluatedInBoundedMemory() throws IOException {
    long maxHeap = Runtime.getRuntime().maxMemory();
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    long good = 0;
    List<Long> bad = new ArrayList<>();
    long start = System.nanoTime();
    try (NdjsonReader<Session> lines = HoldspaceJson.standard().readSessions(new GeneratedNdjson())) {
      while (lines.hasNext()) {
        NdjsonLine<Session> line = lines.next();
        if (line.isOk()) {
          evaluator.evaluate(line.value().get());
          good++;
        } else {
          bad.add(line.number());
        }
      }
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    List<Long> expectedBad = new ArrayList<>();
    for (long n = BAD_EVERY; n <= LINES; n += BAD_EVERY) {
      expectedBad.add(n);
    }
    assertThat(bad).isEqualTo(expectedBad);
    assertThat(good).isEqualTo(LINES - expectedBad.size());
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("scale: %,d lines, %,d assessments, %d bad lines %s, %d s, max heap %d MB, peak heap used %d MB%n",
        LINES, good, bad.size(), bad, seconds, maxHeap >> 20, peak >> 20);
  }
}
