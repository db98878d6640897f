package org.holdspace.json;

import java.io.BufferedInputStream;
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
    this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 65536);
    this.maxLine = (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes);
  }

  /** The next non-blank line, or null at the end of the stream. */
  Line next() throws IOException {
    while (true) {
      int length = 0;
      boolean tooLong = false;
      int b = in.read();
      if (b < 0) {
        return null;
      }
      number++;
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
