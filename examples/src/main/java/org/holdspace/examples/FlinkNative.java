package org.holdspace.examples;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.GroupReduceFunction;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.java.DataSet;
import org.apache.flink.api.java.ExecutionEnvironment;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.util.Collector;
import org.holdspace.beam.ChildProgress;
import org.holdspace.beam.PopulationCounts;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.json.JsonLimits;
import org.holdspace.json.NdjsonLines;
import org.holdspace.progress.ProgressInput;
import org.holdspace.session.Session;

/**
 * The population pass as a native Flink job, without Beam: the baseline that {@code Population}
 * on Beam's Flink runner is measured against (docs/population.md). The same work and the same
 * outputs: one task reads the file's numbered lines and deals them round robin to the workers,
 * which parse, evaluate, measure and count each; each child's {@link ProgressInput}s meet by
 * client id, the counts by discipline. Written with Flink 1.19's DataSet API, on the engine Beam's
 * Flink runner uses for batch pipelines, with Flink's own serializers (tuples of strings and bytes).
 *
 * <pre>
 * java -cp ... org.holdspace.examples.FlinkNative target/sessions.ndjson target/population-native
 * </pre>
 */
public final class FlinkNative {
  private static final byte ASSESSMENT = 0;
  private static final byte BAD = 1;
  private static final byte PROGRESS = 2;
  private static final byte COUNTS = 3;

  private FlinkNative() {}

  /**
   * Runs the job on Flink embedded in this JVM.
   *
   * @param args the NDJSON file and the output directory (which must not hold an earlier run)
   * @throws Exception if the job fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: FlinkNative <sessions.ndjson> <output directory>");
      System.exit(2);
    }
    run(Path.of(args[0]), Path.of(args[1]), System.out);
  }

  static void run(Path input, Path dir, PrintStream out) throws Exception {
    Population.prepare(dir, false);
    long started = System.nanoTime();
    String source = input.toAbsolutePath().toString();
    ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
    DataSet<Tuple3<Byte, String, byte[]>> results = env.fromElements(source)
        .flatMap(new NumberedLines()).name("Read numbered lines").setParallelism(1)
        .rebalance()
        .flatMap(new Pass(source)).name("Parse, evaluate, measure, count");
    results.filter(r -> r.f0 == ASSESSMENT).map(r -> new String(r.f2, StandardCharsets.UTF_8))
        .writeAsText(dir.resolve("assessments").toString(), FileSystem.WriteMode.NO_OVERWRITE);
    results.filter(r -> r.f0 == BAD).map(r -> r.f1).setParallelism(1)
        .writeAsText(dir.resolve("bad-lines.txt").toString()).setParallelism(1);
    results.filter(r -> r.f0 == PROGRESS).groupBy(1).reduceGroup(new ChildLine())
        .writeAsText(dir.resolve("progress.body").toString()).setParallelism(1);
    results.filter(r -> r.f0 == COUNTS).groupBy(1).reduceGroup(new TableLine())
        .writeAsText(dir.resolve("table.body").toString()).setParallelism(1);
    env.execute("population-native");
    withHeader(dir.resolve("progress.body"), dir.resolve("progress.tsv"), Population.PROGRESS_HEADER);
    withHeader(dir.resolve("table.body"), dir.resolve("population-by-discipline.csv"), Population.TABLE_HEADER);
    long seconds10 = (System.nanoTime() - started) / 100_000_000L;
    out.printf(Locale.ROOT, "Native Flink job done in %d.%d s%n", seconds10 / 10, seconds10 % 10);
  }

  private static void withHeader(Path body, Path file, String header) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(Files.readAllLines(body, StandardCharsets.UTF_8));
    Files.write(file, lines, StandardCharsets.UTF_8);
    Files.delete(body);
  }

  /** The file's lines with their numbers; a line too long to keep has no bytes. */
  private static final class NumberedLines implements FlatMapFunction<String, Tuple2<Long, byte[]>> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(String file, Collector<Tuple2<Long, byte[]>> out) throws IOException {
      try (InputStream in = Files.newInputStream(Path.of(file));
          NdjsonLines split = NdjsonLines.of(in, JsonLimits.defaults())) {
        for (NdjsonLines.Line line = split.next(); line != null; line = split.next()) {
          out.collect(Tuple2.of(line.number(), line.isTooLong() ? new byte[0] : line.bytes()));
        }
      }
    }
  }

  /** Each line: its assessment, or its bad line; the session's progress input and counts. */
  private static final class Pass extends RichFlatMapFunction<Tuple2<Long, byte[]>, Tuple3<Byte, String, byte[]>> {
    private static final long serialVersionUID = 1L;
    private final String source;
    private transient HoldspaceJson json;
    private transient Evaluator evaluator;

    Pass(String source) {
      this.source = source;
    }

    @Override
    public void open(Configuration parameters) {
      json = HoldspaceJson.standard();
      evaluator = Evaluator.of(StandardRules.ruleSet());
    }

    @Override
    public void flatMap(Tuple2<Long, byte[]> line, Collector<Tuple3<Byte, String, byte[]>> out) throws Exception {
      if (line.f1.length == 0) { // too long to keep (a line read is never empty): as the NDJSON reader reports it
        out.collect(Tuple3.of(BAD, badLine(line.f0, HoldspaceJsonException.Problem.LIMIT_EXCEEDED.name(), ""),
            new byte[0]));
        return;
      }
      Session s;
      try {
        s = json.readSession(line.f1);
      } catch (HoldspaceJsonException e) {
        out.collect(Tuple3.of(BAD, badLine(line.f0, e.problem().name(), e.pointer()), new byte[0]));
        return;
      }
      Assessment a = evaluator.evaluate(s);
      out.collect(Tuple3.of(ASSESSMENT, "", json.writeAssessment(a)));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
      ProgressInput.of(s).writeTo(new DataOutputStream(bytes));
      out.collect(Tuple3.of(PROGRESS, s.clientId(), bytes.toByteArray()));
      out.collect(Tuple3.of(COUNTS, s.discipline().system() + "|" + s.discipline().code(),
          CoderUtils.encodeToByteArray(PopulationCounts.coder(), PopulationCounts.of(s, a))));
    }

    /** As {@code BadLine.toString()} writes it in {@code Population}'s bad-lines.txt. */
    private String badLine(long number, String problem, String pointer) {
      return source + ":" + number + ": " + problem + " at " + (pointer.isEmpty() ? "/" : pointer);
    }
  }

  /** A child's inputs to their progress line. */
  private static final class ChildLine implements GroupReduceFunction<Tuple3<Byte, String, byte[]>, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public void reduce(Iterable<Tuple3<Byte, String, byte[]>> inputs, Collector<String> out) throws IOException {
      List<ProgressInput> list = new ArrayList<>();
      for (Tuple3<Byte, String, byte[]> in : inputs) {
        list.add(ProgressInput.readFrom(new java.io.DataInputStream(new java.io.ByteArrayInputStream(in.f2))));
      }
      out.collect(Population.progressLine(ChildProgress.from(list)));
    }
  }

  /** A discipline's counts to its table line. */
  private static final class TableLine implements GroupReduceFunction<Tuple3<Byte, String, byte[]>, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public void reduce(Iterable<Tuple3<Byte, String, byte[]>> counts, Collector<String> out) throws IOException {
      String group = null;
      List<PopulationCounts> all = new ArrayList<>();
      for (Tuple3<Byte, String, byte[]> c : counts) {
        group = c.f1;
        all.add(CoderUtils.decodeFromByteArray(PopulationCounts.coder(), c.f2));
      }
      out.collect(Population.tableLine(KV.of(group, PopulationCounts.sum(all))));
    }
  }
}
