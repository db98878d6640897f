package org.holdspace.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.internal.InOrder;
import org.holdspace.session.Session;

/**
 * Evaluates an NDJSON stream of sessions into an NDJSON stream of assessments, on one thread or
 * several: lines are read in batches on the calling thread, parsed, evaluated and written as JSON
 * by the workers, and the results come out in input order, so the output and every callback are
 * the same whatever the number of threads. Memory stays bounded: at most two batches per thread
 * are in flight. Bad lines are reported by number, in order, and the rest go on.
 *
 * <pre>{@code
 * NdjsonEvaluation.Counts counts = NdjsonEvaluation.of(HoldspaceJson.standard(), evaluator)
 *     .withThreads(2)
 *     .run(in, outputStream, new NdjsonEvaluation.Listener() {
 *       public void assessed(long line, Assessment a) { }
 *       public void rejected(long line, HoldspaceJsonException e) { }   // what and where, never the text
 *     });
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@link #run} uses its own threads and stops them before it
 * returns.
 */
public final class NdjsonEvaluation {
  private static final int BATCH_LINES = 256;

  private final HoldspaceJson json;
  private final Evaluator evaluator;
  private final int threads;

  private NdjsonEvaluation(HoldspaceJson json, Evaluator evaluator, int threads) {
    this.json = json;
    this.evaluator = evaluator;
    this.threads = threads;
  }

  /**
   * An evaluation on one thread.
   *
   * @param json the JSON that reads sessions and writes assessments
   * @param evaluator the evaluator (shared by the threads: evaluators are thread-safe)
   * @return the evaluation
   */
  public static NdjsonEvaluation of(HoldspaceJson json, Evaluator evaluator) {
    return new NdjsonEvaluation(Objects.requireNonNull(json, "json"), Objects.requireNonNull(evaluator, "evaluator"), 1);
  }

  /**
   * This evaluation on {@code threads} worker threads.
   *
   * @param threads 1 or more
   * @return a new evaluation
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public NdjsonEvaluation withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more");
    }
    return new NdjsonEvaluation(json, evaluator, threads);
  }

  /** {@return the number of worker threads} */
  public int threads() {
    return threads;
  }

  /** What a run tells its caller, line by line, in input order, on the calling thread. */
  public interface Listener {
    /**
     * A session was read and evaluated, and its assessment written.
     *
     * @param line the line's number
     * @param assessment the assessment
     */
    void assessed(long line, Assessment assessment);

    /**
     * A line is not a session (or the stream failed: problem {@code IO_FAILURE}, after which the
     * run ends).
     *
     * @param line the line's number
     * @param problem what and where, never the line's text
     */
    void rejected(long line, HoldspaceJsonException problem);
  }

  /** What a run did. */
  public static final class Counts {
    private final long assessed;
    private final long rejected;

    Counts(long assessed, long rejected) {
      this.assessed = assessed;
      this.rejected = rejected;
    }

    /** {@return the sessions evaluated} */
    public long assessed() {
      return assessed;
    }

    /** {@return the lines rejected} */
    public long rejected() {
      return rejected;
    }

    @Override
    public String toString() {
      return "Counts{assessed=" + assessed + ", rejected=" + rejected + "}";
    }
  }

  /** One line's result: the assessment and its JSON, or the problem. */
  private static final class Result {
    final long line;
    final Assessment assessment;
    final byte[] written;
    final HoldspaceJsonException problem;

    Result(long line, Assessment assessment, byte[] written, HoldspaceJsonException problem) {
      this.line = line;
      this.assessment = assessment;
      this.written = written;
      this.problem = problem;
    }
  }

  /**
   * Reads every line of {@code sessions}, writes an assessment line to {@code assessments} for each
   * session, in input order, and tells {@code listener} about each line. Closes neither stream.
   *
   * @param sessions NDJSON sessions
   * @param assessments where the NDJSON assessments go
   * @param listener told about each line, in order
   * @return what the run did
   * @throws IOException if writing the assessments fails (a failure to read is reported as a line)
   * @throws RuntimeException what an evaluator's rule throws, as on one thread
   */
  public Counts run(InputStream sessions, OutputStream assessments, Listener listener) throws IOException {
    NdjsonLines lines = new NdjsonLines(sessions, json.limits().maxDocumentBytes());
    long[] counts = new long[2];
    InOrder.run(threads, "holdspace-ndjson-evaluation", () -> {
      List<NdjsonLines.Line> batch = nextBatch(lines);
      return batch.isEmpty() ? null : batch;
    }, batch -> process(batch, lines.maxLine()), results -> deliver(results, assessments, listener, counts));
    return new Counts(counts[0], counts[1]);
  }

  /** Up to {@link #BATCH_LINES} lines; a stream failure ends the batch as a {@link Failed} line. */
  private static List<NdjsonLines.Line> nextBatch(NdjsonLines lines) {
    List<NdjsonLines.Line> batch = new ArrayList<>(BATCH_LINES);
    try {
      NdjsonLines.Line line;
      while (batch.size() < BATCH_LINES && (line = lines.next()) != null) {
        batch.add(line);
      }
    } catch (IOException e) {
      batch.add(new Failed(lines.linesRead() + 1, HoldspaceJson.ioFailure(e)));
    }
    return batch;
  }

  /** A stream failure, carried as the batch's last line. */
  private static final class Failed extends NdjsonLines.Line {
    final HoldspaceJsonException problem;

    Failed(long number, HoldspaceJsonException problem) {
      super(number, null);
      this.problem = problem;
    }
  }

  private List<Result> process(List<NdjsonLines.Line> batch, int maxLine) {
    List<Result> results = new ArrayList<>(batch.size());
    for (NdjsonLines.Line line : batch) {
      if (line instanceof Failed) {
        results.add(new Result(line.number, null, null, ((Failed) line).problem));
        continue;
      }
      NdjsonLine<Session> read = NdjsonReader.parse(line, json, Session.class, maxLine);
      if (!read.isOk()) {
        results.add(new Result(line.number, null, null, read.error().get()));
        continue;
      }
      Assessment a = evaluator.evaluate(read.value().get());
      try {
        results.add(new Result(line.number, a, json.writeAssessment(a), null));
      } catch (HoldspaceJsonException e) {
        results.add(new Result(line.number, null, null, e));
      }
    }
    return results;
  }

  /** Writes and reports a batch's results; true if the stream failed and the run must end. */
  private static boolean deliver(List<Result> results, OutputStream out, Listener listener, long[] counts)
      throws IOException {
    for (Result r : results) {
      if (r.problem != null) {
        counts[1]++;
        listener.rejected(r.line, r.problem);
        if (r.problem.problem() == HoldspaceJsonException.Problem.IO_FAILURE) {
          return true;
        }
      } else {
        out.write(r.written);
        out.write('\n');
        counts[0]++;
        listener.assessed(r.line, r.assessment);
      }
    }
    return false;
  }
}
