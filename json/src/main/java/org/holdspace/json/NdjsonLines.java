package org.holdspace.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of an NDJSON stream, numbered from 1, one at a time, as every NDJSON reader of the
 * library sees them: a line's bytes without its line break (and a final carriage return); blank
 * lines (white space only) skipped and counted; a line longer than the document limit marked as
 * too long, whatever it holds, and never held. {@link NdjsonReader}, {@link NdjsonEvaluation} and
 * the Beam module's {@code ReadLines} all split with it, so every line gets the same number and
 * the same rule everywhere, and every line is accounted for: a value, a bad line, or a blank.
 *
 * <pre>{@code
 * try (NdjsonLines lines = NdjsonLines.of(inputStream, JsonLimits.defaults())) {
 *   for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
 *     if (line.isTooLong()) { continue; } // a bad line: LIMIT_EXCEEDED
 *     Session s = HoldspaceJson.standard().readSession(line.bytes());
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class NdjsonLines implements java.io.Closeable {
  private final InputStream in;
  private final int maxLine;
  /** Bytes read from the stream and not yet split: {@code chunk[position, limit)}. */
  private final byte[] chunk = new byte[65536];
  private int position;
  private int limit;
  private boolean ended;
  private byte[] buffer = new byte[8192];
  private long number;

  private long blank;

  /** One line: its number, and its bytes, or none if it was longer than the limit. */
  public static class Line { // not final: the evaluation carries a stream failure as a line; made only here
    final long number;
    final byte[] bytes;

    Line(long number, byte[] bytes) {
      this.number = number;
      this.bytes = bytes;
    }

    /** {@return its 1-based number in the stream, blank lines counted} */
    public long number() {
      return number;
    }

    /** {@return whether it was longer than the limit (its bytes were not kept)} */
    public boolean isTooLong() {
      return bytes == null;
    }

    /**
     * The line's bytes, without its line break: the caller's own array.
     *
     * @return the bytes
     * @throws IllegalStateException if the line was too long
     */
    public byte[] bytes() {
      if (bytes == null) {
        throw new IllegalStateException("line " + number + " was longer than the limit and not kept");
      }
      return bytes;
    }
  }

  NdjsonLines(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLine = (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes);
  }

  /**
   * The lines of {@code in}, with lines up to {@code limits.maxDocumentBytes()} bytes long.
   *
   * @param in the stream, closed by {@link #close()}
   * @param limits the limits whose document size bounds a line
   * @return the lines
   */
  public static NdjsonLines of(InputStream in, JsonLimits limits) {
    return new NdjsonLines(java.util.Objects.requireNonNull(in, "in"), limits.maxDocumentBytes());
  }

  /**
   * The refusal of a line longer than the limit: {@code LIMIT_EXCEEDED}, as the readers report it.
   *
   * @param line a line that {@link Line#isTooLong() is too long}
   * @return the exception, naming the line's number and the limit, nothing of its text
   */
  public HoldspaceJsonException tooLong(Line line) {
    return NdjsonReader.tooLong(line.number, maxLine);
  }

  /**
   * The next line that is not blank.
   *
   * @return the line, or null at the end of the stream
   * @throws IOException if the stream fails
   */
  public Line next() throws IOException {
    while (true) {
      if (!fill()) {
        return null;
      }
      number++;
      int length = 0;
      boolean tooLong = false;
      while (true) {
        int end = position;
        while (end < limit && chunk[end] != '\n') {
          end++;
        }
        int count = end - position;
        if (!tooLong) {
          if (count > maxLine - length) {
            tooLong = true; // the rest of the line is skipped, never held
          } else {
            if (length + count > buffer.length) {
              buffer = Arrays.copyOf(buffer, (int) Math.min(maxLine, Math.max(length + count, buffer.length * 2L)));
            }
            System.arraycopy(chunk, position, buffer, length, count);
            length += count;
          }
        }
        position = end;
        if (end < limit) {
          position++; // the line break
          break;
        }
        if (!fill()) {
          break; // the last line, without a line break
        }
      }
      if (tooLong) {
        return new Line(number, null);
      }
      if (length > 0 && buffer[length - 1] == '\r') {
        length--;
      }
      if (!isBlank(buffer, length)) {
        return new Line(number, Arrays.copyOf(buffer, length));
      }
      blank++;
    }
  }

  /** Makes sure there is an unsplit byte; false at the end of the stream. */
  private boolean fill() throws IOException {
    while (position == limit) {
      if (ended) {
        return false;
      }
      int read = in.read(chunk);
      if (read < 0) {
        ended = true;
        return false;
      }
      position = 0;
      limit = read;
    }
    return true;
  }

  /** {@return the number of lines read so far, blank ones included} */
  public long linesRead() {
    return number;
  }

  /** {@return the number of blank lines read so far (white space only), which no reader reports} */
  public long blankLines() {
    return blank;
  }

  int maxLine() {
    return maxLine;
  }

  /** Closes the stream. */
  @Override
  public void close() throws IOException {
    in.close();
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
