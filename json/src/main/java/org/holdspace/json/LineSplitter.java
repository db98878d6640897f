package org.holdspace.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of an NDJSON stream, numbered from 1, one at a time: a line's bytes without its line
 * break (and a final carriage return), blank lines skipped (still counted), a line longer than
 * the limit marked as such and not held. Shared by {@link NdjsonReader} and {@link
 * NdjsonEvaluation}, so that both see the same lines with the same numbers.
 */
final class LineSplitter {
  private final InputStream in;
  private final int maxLine;
  /** Bytes read from the stream and not yet split: {@code chunk[position, limit)}. */
  private final byte[] chunk = new byte[65536];
  private int position;
  private int limit;
  private boolean ended;
  private byte[] buffer = new byte[8192];
  private long number;

  /** One line: its number, and its bytes (a copy), or null if it was longer than the limit. */
  static class Line {
    final long number;
    final byte[] bytes;

    Line(long number, byte[] bytes) {
      this.number = number;
      this.bytes = bytes;
    }
  }

  LineSplitter(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLine = (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes);
  }

  /** The next non-blank line, or null at the end of the stream. */
  Line next() throws IOException {
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
  long linesRead() {
    return number;
  }

  int maxLine() {
    return maxLine;
  }

  void close() throws IOException {
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
