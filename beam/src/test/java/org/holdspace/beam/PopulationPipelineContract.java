package org.holdspace.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.NdjsonLine;
import org.holdspace.json.NdjsonReader;
import org.holdspace.json.NdjsonWriter;
import org.holdspace.progress.Progress;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.scenario.SampleSessions;
import org.holdspace.session.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One pipeline for each runner's class ({@link DirectRunnerPipelineTest}, {@link
 * FlinkRunnerPipelineTest}), over an NDJSON file of 3,000 sample sessions of 500 children, the
 * public scenarios and bad lines of several kinds. Each test compares one output with the same
 * computation on one machine: the NDJSON reader, the evaluator, {@code Progress.of}, and a count
 * written out here. A runner in this JVM has the outputs collected in memory; a cluster's
 * workers are other JVMs, so for it ({@link #outputDir()}) each output's elements are written with
 * the output's own coder to files, and decoded here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PopulationPipelineContract {
  private static final int SAMPLE = 3_000;
  /** What the pipeline produced, by output name; filled by {@link Collect}. */
  static final Map<String, List<Object>> OUT = new ConcurrentHashMap<>();

  private Path dir;
  private Path file;
  private List<Session> sessions;
  private List<NdjsonLine<Session>> badLines;
  /** The run, once finished. */
  PipelineResult result;

  /** {@return the options of the runner under test} */
  abstract PipelineOptions options();

  /** {@return where the workers write the outputs, or null to collect them in this JVM's memory} */
  Path outputDir() {
    return null;
  }

  /** The coder of each output, by name, to decode the files a cluster's workers wrote. */
  private final Map<String, org.apache.beam.sdk.coders.Coder<?>> coders = new HashMap<>();

  /** {@return whether the runner checks {@code PAssert}s (the direct runner does)} */
  boolean checksAsserts() {
    return false;
  }

  @BeforeAll
  void runThePipelineOnce() throws IOException {
    dir = Files.createTempDirectory("holdspace-beam");
    file = dir.resolve("sessions.ndjson");
    writeInput(file);
    sessions = new ArrayList<>();
    badLines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); NdjsonReader<Session> reader = HoldspaceJson.standard().readSessions(in)) {
      reader.forEachRemaining(line -> {
        if (line.isOk()) {
          sessions.add(line.value().get());
        } else {
          badLines.add(line);
        }
      });
    }

    Pipeline p = Pipeline.create(options());
    PCollection<SourceLine> lines = p.apply(ReadLines.from(file.toString()));
    PCollectionTuple parsed = lines.apply(ParseSessions.create());
    collect(lines.apply("Parse keeping raw lines", ParseSessions.create().keepingRawLines())
        .get(ParseSessions.BAD_LINES), "badRaw");
    PCollection<Session> read = parsed.get(ParseSessions.SESSIONS);
    PCollection<KV<Session, Assessment>> evaluated = read.apply(Evaluate.standard());
    PCollection<Assessment> assessments = evaluated.apply(Values.create());
    if (checksAsserts()) {
      PAssert.that(assessments).containsInAnyOrder(expectedAssessments());
    }
    collect(assessments, "assessments");
    collect(parsed.get(ParseSessions.BAD_LINES), "bad");
    collect(read.apply(ProgressPerChild.create()), "progress");
    collect(evaluated.apply(PopulationTable.byDiscipline()), "byDiscipline");
    collect(evaluated.apply(PopulationTable.byMonth()), "byMonth");
    PCollectionTuple pass = lines.apply("The whole pass", EvaluatePopulation.standard());
    collect(pass.get(EvaluatePopulation.ASSESSMENTS), "passAssessments");
    collect(pass.get(EvaluatePopulation.BAD_LINES), "passBad");
    collect(pass.get(EvaluatePopulation.PROGRESS), "passProgress");
    collect(pass.get(EvaluatePopulation.TABLE), "passByDiscipline");
    collect(lines.apply("The whole pass by month", EvaluatePopulation.standard().withTable(PopulationTable.byMonth()))
        .get(EvaluatePopulation.TABLE), "passByMonth");
    result = p.run();
    result.waitUntilFinish();
  }

  @AfterAll
  void clean() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
    OUT.keySet().removeIf(k -> k.startsWith(key()));
  }

  /** The prefix of this runner's outputs in {@link #OUT}. */
  private String key() {
    return getClass().getSimpleName() + ":";
  }

  private static void writeInput(Path file) throws IOException {
    SampleSessions sample = new SampleSessions(7);
    try (OutputStream out = Files.newOutputStream(file)) {
      try (NdjsonWriter<Session> w = HoldspaceJson.standard().writeSessions(new NoClose(out))) {
        for (PublicScenario s : PublicScenario.values()) {
          w.write(s.session());
        }
        for (int i = 0; i < SAMPLE; i++) {
          w.write(sample.next());
        }
      }
      out.write(("{\"schemaVersion\":1,\"type\":\"session\",\"id\":\"broken\"\n" // malformed
          + "\n   \n" // blank lines: skipped, counted
          + "{\"schemaVersion\":1,\"type\":\"session\",\"mood\":\"Ada is frightened of dogs\"}\n" // unknown field
          + "[1,2,3]\n").getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {'{', '"', (byte) 0xC3, '"', '}', '\n'}); // not UTF-8
    }
  }

  private List<Assessment> expectedAssessments() {
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    return sessions.stream().map(evaluator::evaluate).collect(Collectors.toList());
  }

  private <T> void collect(PCollection<T> values, String name) {
    if (outputDir() == null) {
      values.apply("Collect " + name, ParDo.of(new Collect<>(key() + name)));
    } else {
      coders.put(name, values.getCoder());
      values.apply("Write " + name, ParDo.of(new WriteEncoded<>(outputDir().toString(), name, values.getCoder())));
    }
  }

  /**
   * Writes every element, encoded with its output's coder, in Base64, one per line, to a file of
   * its own per bundle ({@code name-<uuid>.part}): a cluster's workers share this machine's disk.
   */
  static final class WriteEncoded<T> extends DoFn<T, Void> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String dir;
    private final String name;
    private final org.apache.beam.sdk.coders.Coder<T> coder;
    private transient java.io.BufferedWriter out;

    WriteEncoded(String dir, String name, org.apache.beam.sdk.coders.Coder<T> coder) {
      this.dir = dir;
      this.name = name;
      this.coder = coder;
    }

    @StartBundle
    public void open() throws IOException {
      out = Files.newBufferedWriter(Path.of(dir, name + "-" + java.util.UUID.randomUUID() + ".part"));
    }

    @ProcessElement
    public void process(@Element T value) throws IOException {
      out.write(java.util.Base64.getEncoder().encodeToString(
          org.apache.beam.sdk.util.CoderUtils.encodeToByteArray(coder, value)));
      out.write('\n');
    }

    @FinishBundle
    public void close() throws IOException {
      out.close();
    }
  }

  /** Adds every element to {@link #OUT} (the runners under test run in this JVM). */
  static final class Collect<T> extends DoFn<T, Void> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;

    Collect(String name) {
      this.name = name;
    }

    @ProcessElement
    public void process(@Element T value) {
      OUT.computeIfAbsent(name, n -> java.util.Collections.synchronizedList(new ArrayList<>())).add(value);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> out(String name) {
    if (outputDir() == null) {
      return (List<T>) (List<?>) OUT.getOrDefault(key() + name, List.of());
    }
    org.apache.beam.sdk.coders.Coder<T> coder = (org.apache.beam.sdk.coders.Coder<T>) coders.get(name);
    List<T> values = new ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(outputDir())) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith(name + "-")).toList()) {
        for (String line : Files.readAllLines(f)) {
          values.add(org.apache.beam.sdk.util.CoderUtils.decodeFromByteArray(coder, java.util.Base64.getDecoder().decode(line)));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return values;
  }

  @Test
  void theInputHoldsWhatTheTestsNeed() {
    assertThat(sessions).hasSize(SAMPLE + PublicScenario.values().length);
    assertThat(badLines).hasSize(4);
    assertThat(sessions.stream().map(Session::clientId).distinct().count()).isGreaterThan(400);
  }

  @Test
  void assessmentsEqualTheOneMachineEvaluationOfTheSameLines() {
    List<Assessment> got = out("assessments");
    assertThat(got).hasSize(sessions.size());
    assertThat(got).containsExactlyInAnyOrderElementsOf(expectedAssessments());
  }

  @Test
  void theWholePassWritesTheSameAssessmentsAsNdjsonLines() throws Exception {
    List<String> got = out("passAssessments");
    HoldspaceJson json = HoldspaceJson.standard();
    List<String> expected = new ArrayList<>();
    for (Assessment a : expectedAssessments()) {
      expected.add(new String(json.writeAssessment(a), StandardCharsets.UTF_8));
    }
    assertThat(got).hasSize(sessions.size()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void badLinesAreDeadLettersWithTheirProblemAndPointerButNotTheirContent() {
    checkBadLines(out("bad"));
    checkBadLines(out("passBad"));
  }

  private void checkBadLines(List<BadLine> got) {
    Map<Long, String> expected = new HashMap<>();
    for (NdjsonLine<Session> l : badLines) {
      expected.put(l.number(), l.error().get().problem().name() + " at " + l.error().get().pointer());
    }
    Map<Long, String> actual = new HashMap<>();
    for (BadLine b : got) {
      actual.put(b.number(), b.problem() + " at " + b.pointer());
      assertThat(b.raw()).isEmpty();
      assertThat(b.source()).endsWith("sessions.ndjson");
      assertThat(b.toString()).doesNotContain("dogs");
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.values()).anyMatch(v -> v.startsWith("MALFORMED")).anyMatch(v -> v.startsWith("UNKNOWN_FIELD"));
  }

  @Test
  void rawLinesAreKeptOnlyWhenAskedFor() {
    List<BadLine> got = out("badRaw");
    assertThat(got).hasSize(badLines.size());
    assertThat(got).allMatch(b -> b.raw().isPresent());
    assertThat(got).anyMatch(b -> b.raw().get().contains("frightened of dogs"));
  }

  @Test
  void eachChildsProgressEqualsProgressOfOnTheSameSessionsInPlannedOrder() {
    checkProgress(out("progress"));
    checkProgress(out("passProgress"));
  }

  private void checkProgress(List<ChildProgress> got) {
    Map<String, List<Session>> byChild = sessions.stream().collect(Collectors.groupingBy(Session::clientId));
    assertThat(got).hasSize(byChild.size());
    long notHeld = 0;
    for (ChildProgress c : got) {
      List<Session> theirs = new ArrayList<>(byChild.get(c.clientId()));
      theirs.sort(java.util.Comparator.comparing((Session s) -> s.planned().start()).thenComparing(Session::id));
      assertThat(c.report()).isEqualTo(Progress.of(theirs));
      assertThat(c.sessionCount()).isEqualTo(theirs.size());
      notHeld += c.report().notHeld().size();
    }
    assertThat(notHeld).as("the sample has sessions that did not take place").isPositive();
  }

  @Test
  void thePopulationTableEqualsADirectCount() {
    java.util.function.Function<Session, String> discipline = s -> s.discipline().system() + "|" + s.discipline().code();
    java.util.function.Function<Session, String> month =
        s -> YearMonth.from(s.planned().start().atZone(s.zone().orElse(ZoneOffset.UTC))).toString();
    checkTable(out("byDiscipline"), discipline);
    checkTable(out("byMonth"), month);
    checkTable(out("passByDiscipline"), discipline);
    checkTable(out("passByMonth"), month);
  }

  private void checkTable(List<KV<String, PopulationCounts>> table,
      java.util.function.Function<Session, String> group) {
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    Map<String, long[]> direct = new HashMap<>(); // sessions, held, incidents, hard, hard+safe, value w/o progress
    Map<String, Map<Headline, Long>> headlines = new HashMap<>();
    Map<String, Map<Rung, Long>> rungs = new HashMap<>();
    for (Session s : sessions) {
      Assessment a = evaluator.evaluate(s);
      String g = group.apply(s);
      long[] c = direct.computeIfAbsent(g, k -> new long[6]);
      c[0]++;
      if (s.status().isHeld()) {
        c[1]++;
      }
      if (a.incident().isPresent()) {
        c[2]++;
      }
      boolean hard = Set.of(Headline.HARD_DAY, Headline.HARD_DAY_SAFETY, Headline.HARD_DAY_REGULATION,
          Headline.HARD_DAY_SAFETY_AND_REGULATION).contains(a.headline());
      if (hard) {
        c[3]++;
      }
      if (hard && a.rungs().contains(Rung.SAFETY)) {
        c[4]++;
      }
      if (!a.rungs().isEmpty() && !a.rungs().contains(Rung.GOAL_PROGRESS)) {
        c[5]++;
      }
      headlines.computeIfAbsent(g, k -> new HashMap<>()).merge(a.headline(), 1L, Long::sum);
      for (Rung r : a.rungs()) {
        rungs.computeIfAbsent(g, k -> new HashMap<>()).merge(r, 1L, Long::sum);
      }
    }
    assertThat(table).extracting(KV::getKey).containsExactlyInAnyOrderElementsOf(direct.keySet());
    long hardDays = 0;
    for (KV<String, PopulationCounts> row : table) {
      PopulationCounts p = row.getValue();
      long[] c = direct.get(row.getKey());
      assertThat(new long[] {p.sessions(), p.held(), p.incidents(), p.hardDays(), p.hardDaysThatReachedSafety(),
          p.valueWithoutGoalProgress()}).as(row.getKey()).containsExactly(c);
      for (Headline h : Headline.values()) {
        assertThat(p.headline(h)).isEqualTo(headlines.get(row.getKey()).getOrDefault(h, 0L));
      }
      for (Rung r : Rung.values()) {
        assertThat(p.rung(r)).isEqualTo(rungs.getOrDefault(row.getKey(), Map.of()).getOrDefault(r, 0L));
      }
      hardDays += p.hardDays();
    }
    assertThat(hardDays).as("the sample has hard days").isPositive();
  }

  /** Keeps the NDJSON writer from closing the file, so that bad lines can follow. */
  private static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
