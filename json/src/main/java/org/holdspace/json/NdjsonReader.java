package org.holdspace.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.holdspace.json.HoldspaceJsonException.Problem;

/**
 * Reads newline-delimited JSON, one document per line, in constant memory whatever the stream's
 * size: one line is held at a time, and a line longer than the document limit is skipped, not
 * buffered. A bad line gives an error with its line number and the rest go on. Blank lines are
 * skipped (they still count as lines). Iteration never throws for the input: if the stream itself
 * fails, one last line carries a {@link HoldspaceJsonException} with problem {@code IO_FAILURE}
 * and the {@code IOException} as its cause, and the iteration ends. Not thread-safe; close it to
 * close the stream.
 *
 * <pre>{@code
 * List<NdjsonLine<Session>> rejected = new ArrayList<>();
 * try (NdjsonReader<Session> lines = HoldspaceJson.standard().readSessions(in)) {
 *   while (lines.hasNext()) {
 *     NdjsonLine<Session> line = lines.next();
 *     if (line.isOk()) {
 *       evaluator.evaluate(line.value().get());
 *     } else {
 *       rejected.add(line); // line.number() and line.error(): what and where, never the line's text
 *     }
 *   }
 * }
 * }</pre>
 *
 * @param <T> the type of value on the lines
 */
public final class NdjsonReader<T> implements Iterator<NdjsonLine<T>>, Closeable {
  private final NdjsonLines lines;
  private final HoldspaceJson json;
  private final Class<T> type;
  private NdjsonLine<T> next;
  private boolean ended;

  NdjsonReader(InputStream in, HoldspaceJson json, Class<T> type) {
    this.lines = new NdjsonLines(in, json.limits().maxDocumentBytes());
    this.json = json;
    this.type = type;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = readLine();
    }
    return next != null;
  }

  @Override
  public NdjsonLine<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    NdjsonLine<T> line = next;
    next = null;
    return line;
  }

  /** {@return the number of lines read so far} */
  public long linesRead() {
    return lines.linesRead();
  }

  @Override
  public void close() throws IOException {
    ended = true;
    lines.close();
  }

  private NdjsonLine<T> readLine() {
    NdjsonLines.Line line;
    try {
      line = lines.next();
    } catch (IOException e) {
      // the stream failed: one last line reports it (problem IO_FAILURE, the IOException as cause)
      ended = true;
      return NdjsonLine.failed(lines.linesRead() + 1, HoldspaceJson.ioFailure(e));
    }
    if (line == null) {
      ended = true;
      return null;
    }
    return parse(line, json, type, lines.maxLine());
  }

  /** A line read as a {@code type}: the value, or the problem (a line longer than the limit included). */
  static <T> NdjsonLine<T> parse(NdjsonLines.Line line, HoldspaceJson json, Class<T> type, int maxLine) {
    if (line.bytes == null) {
      return NdjsonLine.failed(line.number, tooLong(line.number, maxLine));
    }
    try {
      return NdjsonLine.ok(line.number, json.read(line.bytes, type));
    } catch (HoldspaceJsonException e) {
      return NdjsonLine.failed(line.number, e);
    }
  }

  static HoldspaceJsonException tooLong(long number, int maxLine) {
    return new HoldspaceJsonException(null, Problem.LIMIT_EXCEEDED, "", null,
        "line " + number + " is longer than " + maxLine + " bytes", List.of(), null);
  }
}
