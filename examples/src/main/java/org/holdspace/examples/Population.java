package org.holdspace.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.holdspace.beam.BadLine;
import org.holdspace.beam.ChildProgress;
import org.holdspace.beam.Evaluate;
import org.holdspace.beam.EvaluatePopulation;
import org.holdspace.beam.PopulationCounts;
import org.holdspace.beam.ParseSessions;
import org.holdspace.beam.ReadLines;
import org.holdspace.evaluation.Headline;
import org.holdspace.progress.ProgressReport;

/**
 * Population scale on Apache Beam: reads an NDJSON file of sessions (the batch example's
 * generator makes one), evaluates every session, and writes the assessments, each child's
 * progress, the population table by discipline and the bad lines, with progress shown while it
 * runs. The runner is Beam's choice ({@code --runner=...}); by default the direct runner, set up as
 * DESIGN.md says (no immutability or encodability checks: they cost memory and time, and the
 * module's tests run with encodability checked).
 *
 * <p>Run from the repository root, after {@code Batch generate}:
 *
 * <pre>
 * ./mvnw -q -pl examples -am package exec:java -DskipTests -Dexec.mainClass=org.holdspace.examples.Population \
 *   -Dexec.args="--input=target/sessions.ndjson --output=target/population"
 * </pre>
 */
public final class Population {
  private Population() {}

  /** The example's options, besides Beam's own. */
  public interface Options extends PipelineOptions {
    /** {@return the NDJSON file (or file pattern) of sessions} */
    @Description("NDJSON file or file pattern of sessions")
    @Default.String("target/sessions.ndjson")
    String getInput();

    /**
     * Sets the input.
     *
     * @param input a file or file pattern
     */
    void setInput(String input);

    /** {@return the directory for the outputs} */
    @Description("directory for the outputs")
    @Default.String("target/population")
    String getOutput();

    /**
     * Sets the output directory.
     *
     * @param output a directory
     */
    void setOutput(String output);

    /** {@return whether to replace the outputs of an earlier run in the output directory} */
    @Description("replace the outputs of an earlier run in the output directory (otherwise a non-empty directory is refused)")
    @Default.Boolean(false)
    boolean getOverwrite();

    /**
     * Sets whether to replace an earlier run's outputs.
     *
     * @param overwrite whether to
     */
    void setOverwrite(boolean overwrite);
  }

  /**
   * Runs the pipeline.
   *
   * @param args Beam options: {@code --input}, {@code --output}, {@code --runner}, ...
   * @throws IOException if the summary cannot be read back
   */
  public static void main(String[] args) throws IOException {
    run(args, System.out, System.err);
  }

  /**
   * Makes the output directory, or checks that it holds no earlier run: a rerun into the same
   * directory would leave the shards of two runs side by side (and counting them would count
   * sessions twice). With {@code overwrite}, an earlier run's own outputs are deleted, and
   * nothing else; any other file still refuses the directory.
   */
  static void prepare(Path dir, boolean overwrite) throws IOException {
    Files.createDirectories(dir);
    List<Path> present;
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      present = files.collect(java.util.stream.Collectors.toList());
    }
    for (Path f : present) {
      String name = f.getFileName().toString();
      boolean ours = name.startsWith("assessments-") || name.equals("progress.tsv")
          || name.equals("population-by-discipline.csv") || name.equals("bad-lines.txt") || name.startsWith(".temp-beam");
      if (!ours || !overwrite) {
        throw new IllegalArgumentException("the output directory " + dir + " is not empty: choose another, or pass "
            + "--overwrite=true to replace the outputs of an earlier run in it");
      }
    }
    for (Path f : present) {
      if (Files.isDirectory(f)) {
        try (java.util.stream.Stream<Path> tree = Files.walk(f)) {
          for (Path p : (Iterable<Path>) tree.sorted(java.util.Comparator.reverseOrder())::iterator) {
            Files.delete(p);
          }
        }
      } else {
        Files.delete(f);
      }
    }
  }

  static Map<String, Long> run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    if (options.getRunner().getSimpleName().equals("DirectRunner")) {
      DirectOptions direct = options.as(DirectOptions.class);
      direct.setEnforceImmutability(false);
      direct.setEnforceEncodability(false);
      direct.setBlockOnRun(false);
    }
    String dir = options.getOutput();
    prepare(Path.of(dir), options.getOverwrite());
    long started = System.nanoTime();

    Pipeline p = Pipeline.create(options);
    PCollectionTuple results = p.apply("Read", ReadLines.from(options.getInput()))
        .apply("Evaluate", EvaluatePopulation.standard());
    results.get(EvaluatePopulation.ASSESSMENTS)
        .apply("Write assessments", TextIO.write().to(dir + "/assessments").withSuffix(".ndjson"));
    results.get(EvaluatePopulation.PROGRESS)
        .apply("Progress as text", MapElements.into(TypeDescriptors.strings()).via(Population::progressLine))
        .apply("Write progress", TextIO.write().to(dir + "/progress").withSuffix(".tsv").withoutSharding()
            .withHeader(PROGRESS_HEADER));
    results.get(EvaluatePopulation.TABLE)
        .apply("Table as CSV", MapElements.into(TypeDescriptors.strings()).via(Population::tableLine))
        .apply("Write table", TextIO.write().to(dir + "/population-by-discipline").withSuffix(".csv").withoutSharding()
            .withHeader(TABLE_HEADER));
    results.get(EvaluatePopulation.BAD_LINES)
        .apply("Bad lines as text", MapElements.into(TypeDescriptors.strings()).via(BadLine::toString))
        .apply("Write bad lines", TextIO.write().to(dir + "/bad-lines").withSuffix(".txt").withoutSharding());

    PipelineResult result = p.run();
    PipelineResult.State state = result.waitUntilFinish(org.joda.time.Duration.standardSeconds(2));
    while (state == null || !state.isTerminal()) { // null: still running (the direct runner's answer)
      err.printf(Locale.ROOT, "\r%,d sessions read, %,d bad lines, %,d evaluated ...",
          counter(result, ParseSessions.class, "sessions"), counter(result, ParseSessions.class, "badLines"),
          counter(result, Evaluate.class, "evaluated"));
      state = result.waitUntilFinish(org.joda.time.Duration.standardSeconds(2));
    }
    long seconds10 = (System.nanoTime() - started) / 100_000_000L;
    Map<String, Long> counts = new TreeMap<>();
    counts.put("evaluated", counter(result, Evaluate.class, "evaluated"));
    counts.put("bad", counter(result, ParseSessions.class, "badLines"));
    err.println();
    out.printf(Locale.ROOT, "Pipeline %s in %d.%d s on %s: %,d sessions evaluated, %,d bad lines%n", state,
        seconds10 / 10, seconds10 % 10, options.getRunner().getSimpleName(), counts.get("evaluated"), counts.get("bad"));
    out.println("Written to " + dir + ": assessments-*.ndjson, progress.tsv, population-by-discipline.csv, bad-lines.txt");
    out.println();
    Path table = Path.of(dir, "population-by-discipline.csv");
    if (Files.exists(table)) {
      Files.readAllLines(table, StandardCharsets.UTF_8).forEach(out::println);
    }
    return counts;
  }

  private static long counter(PipelineResult result, Class<?> namespace, String name) {
    long total = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(namespace, name)).build()).getCounters()) {
      try {
        total += c.getAttempted();
      } catch (UnsupportedOperationException e) {
        total += c.getCommitted();
      }
    }
    return total;
  }

  static final String PROGRESS_HEADER = "child\tsessions\tnot held\ttime to regulate\tshare regulated\treadiness";

  static final String TABLE_HEADER = "discipline,sessions,held,hard days,hard days that reached safety,"
      + "incidents,value without goal progress,share of held sessions with value without goal progress," + String.join(",", headlineNames());

  private static String[] headlineNames() {
    Headline[] all = Headline.values();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    return names;
  }

  static String tableLine(KV<String, PopulationCounts> row) {
    PopulationCounts c = row.getValue();
    String discipline = row.getKey().substring(row.getKey().indexOf('|') + 1);
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s,%d,%d,%d,%d,%d,%d,%.3f", discipline,
        c.sessions(), c.held(), c.hardDays(), c.hardDaysThatReachedSafety(), c.incidents(),
        c.valueWithoutGoalProgress(), c.shareWithValueWithoutGoalProgress()));
    for (Headline h : Headline.values()) {
      line.append(',').append(c.headline(h));
    }
    return line.toString();
  }

  static String progressLine(ChildProgress child) {
    ProgressReport r = child.report();
    return child.clientId() + "\t" + child.sessionCount() + "\t" + r.notHeld().size() + "\t"
        + r.timeToRegulate() + "\t" + r.regulatedShare() + "\t" + r.readiness();
  }
}
