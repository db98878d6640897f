package org.holdspace.examples;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.SampleSessions;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.json.NdjsonEvaluation;
import org.holdspace.json.NdjsonWriter;
import org.holdspace.session.Session;

/**
 * Evaluates an NDJSON file of sessions into an NDJSON file of assessments, with a summary table
 * and a progress bar; and generates realistic sample files, so that the batch runs without any
 * data being committed.
 *
 * <pre>
 * Batch generate --count 100000 --seed 42 --out target/sessions.ndjson [--bad-every 1000]
 * Batch evaluate --in target/sessions.ndjson --out target/assessments.ndjson [--threads 2]
 * </pre>
 */
public final class Batch {
  private Batch() {}

  /** Runs the command in {@code args}; see the class description. */
  public static void main(String[] args) throws IOException {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    String command = args.length == 0 ? "" : args[0];
    switch (command) {
      case "generate":
        generate(Long.parseLong(options.getOrDefault("--count", "1000")),
            Long.parseLong(options.getOrDefault("--seed", "42")),
            Long.parseLong(options.getOrDefault("--bad-every", "0")),
            Path.of(options.getOrDefault("--out", "target/sessions.ndjson")), out);
        return 0;
      case "evaluate":
        evaluate(Path.of(options.getOrDefault("--in", "target/sessions.ndjson")),
            Path.of(options.getOrDefault("--out", "target/assessments.ndjson")),
            Integer.parseInt(options.getOrDefault("--threads", "1")), out, err);
        return 0;
      default:
        err.println("usage: Batch generate --count N --seed S --out FILE [--bad-every K]");
        err.println("       Batch evaluate --in FILE --out FILE [--threads N]");
        return 2;
    }
  }

  /** Writes {@code count} sample sessions; with {@code badEvery} > 0, every such line is malformed on purpose. */
  static void generate(long count, long seed, long badEvery, Path file, PrintStream out) throws IOException {
    createParent(file);
    SampleSessions sample = new SampleSessions(seed);
    HoldspaceJson json = HoldspaceJson.standard();
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        NdjsonWriter<Session> lines = json.writeSessions(os)) {
      for (long i = 1; i <= count; i++) {
        Session s = sample.next();
        if (badEvery > 0 && i % badEvery == 0) {
          lines.flush();
          os.write("{\"schemaVersion\":1,\"type\":\"session\",\"id\":\"broken-on-purpose\"\n"
              .getBytes(StandardCharsets.UTF_8));
        } else {
          lines.write(s);
        }
      }
    }
    out.printf(Locale.ROOT, "Wrote %,d lines to %s (seed %d)%n", count, file, seed);
  }

  /** Evaluates every session of {@code in}, writes assessments to {@code outFile}, prints the summary. */
  static Summary evaluate(Path in, Path outFile, PrintStream out, PrintStream err) throws IOException {
    return evaluate(in, outFile, 1, out, err);
  }

  /**
   * Evaluates every session of {@code in} on {@code threads} threads (the output and the summary
   * are the same for any number), writes assessments to {@code outFile}, prints the summary.
   */
  static Summary evaluate(Path in, Path outFile, int threads, PrintStream out, PrintStream err) throws IOException {
    createParent(outFile);
    long size = Files.size(in);
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    HoldspaceJson json = HoldspaceJson.standard();
    Summary summary = new Summary();
    ProgressBar bar = new ProgressBar(err, size);
    try (Counting counted = new Counting(Files.newInputStream(in));
        OutputStream assessments = new BufferedOutputStream(Files.newOutputStream(outFile), 1 << 16)) {
      NdjsonEvaluation.of(json, evaluator).withThreads(threads).run(counted, assessments,
          new NdjsonEvaluation.Listener() {
            @Override
            public void assessed(long line, Assessment a) {
              summary.count(a);
              bar.show(counted.count);
            }

            @Override
            public void rejected(long line, HoldspaceJsonException problem) {
              summary.bad++;
              bar.clear();
              err.println("line " + line + ": " + problem.getMessage());
            }
          });
    }
    bar.done();
    summary.print(out);
    return summary;
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  /** Sessions per headline and per rung. */
  static final class Summary {
    final Map<Headline, Long> headlines = new EnumMap<>(Headline.class);
    final Map<Rung, Long> rungs = new EnumMap<>(Rung.class);
    long sessions;
    long bad;

    void count(Assessment a) {
      sessions++;
      headlines.merge(a.headline(), 1L, Long::sum);
      for (Rung r : a.rungs()) {
        rungs.merge(r, 1L, Long::sum);
      }
    }

    void print(PrintStream out) {
      out.printf(Locale.ROOT, "Evaluated %,d sessions; %,d bad lines (reported above)%n%n", sessions, bad);
      out.printf(Locale.ROOT, "%-34s %10s%n", "Headline", "Sessions");
      for (Headline h : Headline.values()) {
        out.printf(Locale.ROOT, "  %-32s %10s%n", wire(h), String.format(Locale.ROOT, "%,d", headlines.getOrDefault(h, 0L)));
      }
      out.println();
      out.printf(Locale.ROOT, "%-34s %10s%n", "Rung reached", "Sessions");
      for (Rung r : Rung.values()) {
        out.printf(Locale.ROOT, "  %-32s %10s%n", wire(r), String.format(Locale.ROOT, "%,d", rungs.getOrDefault(r, 0L)));
      }
    }

    private static String wire(Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** A one-line progress bar on stderr, redrawn at most once per percent. */
  private static final class ProgressBar {
    private final PrintStream err;
    private final long total;
    private int shown = -1;

    ProgressBar(PrintStream err, long total) {
      this.err = err;
      this.total = Math.max(1, total);
    }

    void show(long done) {
      int percent = (int) Math.min(100, done * 100 / total);
      if (percent != shown) {
        shown = percent;
        int filled = percent / 4;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(25 - filled) + "] " + percent + "%");
        err.flush();
      }
    }

    void clear() {
      if (shown >= 0) {
        err.print("\r" + " ".repeat(40) + "\r");
        shown = -1;
      }
    }

    void done() {
      err.println();
    }
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
