package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.holdspace.testkit.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The line splitter reads its stream in chunks; its lines must be those of a byte-at-a-time
 * model whatever the chunk boundaries and the stream's read sizes: numbers, bytes, a final
 * carriage return dropped, blank lines skipped but counted, a line over the limit reported
 * without its bytes.
 */
class NdjsonLinesTest {

  @Test
  void splitsAsTheByteAtATimeModelDoes() {
    Gen<byte[]> line = integers().between(0, 9).zip(integers().between(0, 40_000), integers().all(), (shape, n, seed) -> {
      Random r = new Random(seed);
      int length = shape < 4 ? r.nextInt(40) : shape < 8 ? n / 8 : n;
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) {
        bytes[i] = (byte) " \t\r{}ab\u00e9x".charAt(r.nextInt(9));
      }
      return bytes;
    });
    Gen<Integer> ending = integers().between(0, 2); // \n, \r\n, or none (only meaningful for the last line)
    Theories.qt(200).forAll(lists().of(line.zip(ending, (l, e) -> new Object[] {l, e})).ofSizeBetween(0, 12),
        integers().between(0, 5).zip(integers().between(1, 50_000), (edge, limit) -> new int[] {edge, limit}),
        integers().all()).checkAssert((lines, limit, seed) -> {
          // half the time the limit is at the first line's length (with its carriage return), less 1, or plus 1
          int first = lines.isEmpty() ? 1 : ((byte[]) lines.get(0)[0]).length + ((Integer) lines.get(0)[1] == 1 ? 1 : 0);
          int maxLine = limit[0] < 3 ? Math.max(1, first + limit[0] - 1) : limit[1];
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          for (Object[] l : lines) {
            out.writeBytes((byte[]) l[0]);
            int e = (Integer) l[1];
            if (e == 0) {
              out.write('\n');
            } else if (e == 1) {
              out.writeBytes(new byte[] {'\r', '\n'});
            }
          }
          byte[] input = out.toByteArray();
          assertThat(split(new NdjsonLines(new RandomReads(input, seed), maxLine)))
              .isEqualTo(model(input, maxLine));
        });
  }

  @Test
  void aLineBreakRightAfterAChunkBoundaryIsSplitThere() {
    byte[] input = new byte[65536 * 2 + 3];
    Arrays.fill(input, (byte) 'a');
    input[65535] = '\r';
    input[65536] = '\n';
    input[input.length - 1] = '\n';
    assertThat(split(new NdjsonLines(new java.io.ByteArrayInputStream(input), 1 << 20)))
        .isEqualTo(model(input, 1 << 20)).hasSize(3); // two lines, and the count
  }

  private static List<String> split(NdjsonLines splitter) {
    List<String> lines = new ArrayList<>();
    try {
      for (NdjsonLines.Line l = splitter.next(); l != null; l = splitter.next()) {
        lines.add(l.number + ":" + (l.bytes == null ? "too long" : Arrays.toString(l.bytes)));
      }
      lines.add("read " + splitter.linesRead());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** The splitter's contract, one byte at a time. */
  private static List<String> model(byte[] input, int maxLine) {
    List<String> lines = new ArrayList<>();
    long number = 0;
    int i = 0;
    while (i < input.length) {
      number++;
      int start = i;
      while (i < input.length && input[i] != '\n') {
        i++;
      }
      int length = i - start;
      i++; // past the break, or the end
      if (length > maxLine) {
        lines.add(number + ":too long");
        continue;
      }
      byte[] bytes = Arrays.copyOfRange(input, start, start + length);
      if (length > 0 && bytes[length - 1] == '\r') {
        bytes = Arrays.copyOf(bytes, length - 1);
      }
      boolean blank = true;
      for (byte b : bytes) {
        blank &= b == ' ' || b == '\t' || b == '\r';
      }
      if (!blank) {
        lines.add(number + ":" + Arrays.toString(bytes));
      }
    }
    lines.add("read " + number);
    return lines;
  }

  /** A stream that returns reads of random sizes. */
  private static final class RandomReads extends InputStream {
    private final byte[] bytes;
    private final Random random;
    private int position;

    RandomReads(byte[] bytes, long seed) {
      this.bytes = bytes;
      this.random = new Random(seed);
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, bytes.length - position), random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(70_000));
      System.arraycopy(bytes, position, b, off, n);
      position += n;
      return n;
    }
  }
}
