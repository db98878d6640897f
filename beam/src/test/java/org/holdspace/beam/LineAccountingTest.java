package org.holdspace.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceModule;
import org.holdspace.json.JsonLimits;
import org.holdspace.json.NdjsonLine;
import org.holdspace.json.NdjsonReader;
import org.holdspace.scenario.SampleSessions;
import org.holdspace.session.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every line of an NDJSON file is accounted for, the same way by the Beam transforms and by the
 * JSON module's NDJSON reader: a session, a bad line with its problem, or a counted blank. The file
 * is generated from a seed with valid, blank, broken and over-long lines of several shapes (a run
 * of spaces longer than the limit and then a session on the same line, once taken for a blank;
 * a session padded past the limit; one long string), under a small line limit; one pipeline for
 * the class, on the direct runner.
 */
class LineAccountingTest {
  private static final JsonLimits LIMITS = JsonLimits.defaults().withMaxDocumentBytes(16 * 1024);

  private static Path dir;
  private static Path file;
  private static long lines;
  private static PipelineResult result;

  /** The JSON reader with the test's limits, made on each worker (an enum: value equality for the coders). */
  enum SmallLimits implements PerWorker<HoldspaceJson> {
    INSTANCE;

    @Override
    public HoldspaceJson create() {
      return HoldspaceJson.of(HoldspaceModule.builder().limits(LIMITS).build());
    }
  }

  @BeforeAll
  static void runThePipelineOnce() throws IOException {
    dir = Files.createTempDirectory("holdspace-lines");
    file = dir.resolve("lines.ndjson");
    lines = writeInput(file, new Random(20261206));
    DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
    options.setEnforceImmutability(false);
    options.setBlockOnRun(true);
    Pipeline p = Pipeline.create(options);
    PCollectionTuple parsed = p.apply(ReadLines.from(file.toString()).withLimits(LIMITS))
        .apply(ParseSessions.create().withJson(SmallLimits.INSTANCE));
    collect(parsed.get(ParseSessions.SESSIONS), "sessions");
    collect(parsed.get(ParseSessions.BAD_LINES), "bad");
    // the same file cut into ranges of about 8 KB: lines longer than a range, and cuts near a \r\n
    PCollectionTuple cut = p.apply("Read in small ranges", ReadLines.from(file.toString()).withLimits(LIMITS)
            .withRangeBytes(8 * 1024))
        .apply("Parse the ranges", ParseSessions.create().withJson(SmallLimits.INSTANCE));
    collect(cut.get(ParseSessions.SESSIONS), "cutSessions");
    collect(cut.get(ParseSessions.BAD_LINES), "cutBad");
    result = p.run();
    result.waitUntilFinish();
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
    PopulationPipelineContract.OUT.keySet().removeIf(k -> k.startsWith(KEY));
  }

  /** Writes the file; returns how many lines it has. */
  private static long writeInput(Path file, Random random) throws IOException {
    SampleSessions sample = new SampleSessions(11);
    HoldspaceJson json = HoldspaceJson.standard();
    long count = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 300; i++) {
        String line;
        switch (random.nextInt(8)) {
          case 0:
            line = " ".repeat(random.nextInt(4)) + "\t".repeat(random.nextInt(2)); // blank
            break;
          case 1:
            line = "{\"schemaVersion\":1,\"type\":\"session\",\"id\":\"broken-" + i; // malformed
            break;
          case 2: // a run of spaces past the limit, then a session on the same line
            line = " ".repeat(16 * 1024 + random.nextInt(4096))
                + new String(json.writeSession(sample.next()), StandardCharsets.UTF_8);
            break;
          case 3: // a session padded with spaces past the limit
            line = new String(json.writeSession(sample.next()), StandardCharsets.UTF_8) + " ".repeat(16 * 1024);
            break;
          case 4: // one long string
            line = "{\"id\":\"" + "x".repeat(16 * 1024 + random.nextInt(100)) + "\"}";
            break;
          default:
            line = new String(json.writeSession(sample.next()), StandardCharsets.UTF_8);
            break;
        }
        out.write(line.getBytes(StandardCharsets.UTF_8));
        count++;
        if (i < 299 || random.nextBoolean()) {
          out.write(random.nextInt(5) == 0 ? "\r\n".getBytes(StandardCharsets.UTF_8) : new byte[] {'\n'});
        }
      }
    }
    return count;
  }

  private static final String KEY = "LineAccountingTest:";

  private static <T> void collect(PCollection<T> values, String name) {
    values.apply("Collect " + name, ParDo.of(new PopulationPipelineContract.Collect<>(KEY + name)));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> out(String name) {
    return (List<T>) (List<?>) PopulationPipelineContract.OUT.getOrDefault(KEY + name, List.of());
  }

  private static long counter(String name) {
    long total = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ReadLines.class, name)).build()).getCounters()) {
      total += c.getAttempted();
    }
    return total;
  }

  @Test
  void everyLineIsASessionABadLineOrACountedBlankAsTheNdjsonReaderSaysWithTheSameProblems() throws IOException {
    List<Session> sessions = new ArrayList<>();
    Map<Long, String> problems = new HashMap<>();
    long read;
    try (InputStream in = Files.newInputStream(file);
        NdjsonReader<Session> reader = SmallLimits.INSTANCE.create().readSessions(in)) {
      for (NdjsonLine<Session> l : (Iterable<NdjsonLine<Session>>) () -> reader) {
        if (l.isOk()) {
          sessions.add(l.value().get());
        } else {
          problems.put(l.number(), l.error().get().problem().name() + " at " + l.error().get().pointer());
        }
      }
      read = reader.linesRead();
    }
    long blank = read - sessions.size() - problems.size();
    assertThat(read).isEqualTo(lines);
    assertThat(problems.values()).anyMatch(v -> v.startsWith("LIMIT_EXCEEDED")).anyMatch(v -> v.startsWith("MALFORMED"));
    assertThat(blank).isPositive();

    assertThat(Files.size(file)).as("many ranges of 8 KB").isGreaterThan(40 * 8 * 1024);
    for (String how : List.of("", "cut")) { // the file read whole, and in ranges
      List<Session> gotSessions = out(how.isEmpty() ? "sessions" : how + "Sessions");
      List<BadLine> gotBad = out(how.isEmpty() ? "bad" : how + "Bad");
      assertThat(gotSessions).as(how).containsExactlyInAnyOrderElementsOf(sessions);
      Map<Long, String> gotProblems = gotBad.stream()
          .collect(Collectors.toMap(BadLine::number, b -> b.problem() + " at " + b.pointer()));
      assertThat(gotProblems).as(how).isEqualTo(problems);
      assertThat(gotSessions.size() + gotBad.size() + blank).isEqualTo(lines);
    }
    // the counters add up both reads
    assertThat(counter("lines")).isEqualTo(2 * lines);
    assertThat(counter("blankLines")).isEqualTo(2 * blank);
    // the whole read is one range; the cut read many: a range ends at the first line end after 8 KB,
    // and no line here is longer than 24 KB, so each is under 32 KB
    assertThat(counter("ranges")).isGreaterThan(1 + Files.size(file) / (32 * 1024));
  }
}
