package org.holdspace.json;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
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
  private final InputStream in;
  private final HoldspaceJson json;
  private final Class<T> type;
  private final int maxLine;
  private byte[] buffer = new byte[8192];
  private long lineNumber;
  private NdjsonLine<T> next;
  private boolean ended;

  NdjsonReader(InputStream in, HoldspaceJson json, Class<T> type) {
    this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 65536);
    this.json = json;
    this.type = type;
    this.maxLine = (int) Math.min(Integer.MAX_VALUE - 8, json.limits().maxDocumentBytes());
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
    return lineNumber;
  }

  @Override
  public void close() throws IOException {
    ended = true;
    in.close();
  }

  private NdjsonLine<T> readLine() {
    try {
      while (true) {
        int length = 0;
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
          ended = true;
          return null;
        }
        lineNumber++;
        while (b >= 0 && b != '\n') {
          if (length < maxLine) {
            if (length == buffer.length) {
              buffer = Arrays.copyOf(buffer, (int) Math.min((long) maxLine, buffer.length * 2L));
            }
            buffer[length++] = (byte) b;
          } else {
            tooLong = true;
          }
          b = in.read();
        }
        if (tooLong) {
          return NdjsonLine.failed(lineNumber, new HoldspaceJsonException(null, Problem.LIMIT_EXCEEDED, "", null,
              "line " + lineNumber + " is longer than " + maxLine + " bytes", List.of(), null));
        }
        if (length > 0 && buffer[length - 1] == '\r') {
          length--;
        }
        if (isBlank(buffer, length)) {
          continue;
        }
        try {
          return NdjsonLine.ok(lineNumber, json.read(Arrays.copyOf(buffer, length), type));
        } catch (HoldspaceJsonException e) {
          return NdjsonLine.failed(lineNumber, e);
        }
      }
    } catch (IOException e) {
      // the stream failed: one last line reports it (problem IO_FAILURE, the IOException as cause)
      ended = true;
      return NdjsonLine.failed(lineNumber + 1, HoldspaceJson.ioFailure(e));
    }
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte c = bytes[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
