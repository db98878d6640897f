package org.holdspace.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * One line of an NDJSON file: the file it came from, its number (1-based) and its bytes (UTF-8,
 * as read: a line that is not valid UTF-8 is reported as malformed when parsed, as the NDJSON
 * reader does, not patched). Its {@code toString()} never shows the text, which is health data.
 */
public final class SourceLine {
  private final String source;
  private final long number;
  private final byte[] bytes;

  private SourceLine(String source, long number, byte[] bytes) {
    this.source = source;
    this.number = number;
    this.bytes = bytes;
  }

  /**
   * A line.
   *
   * @param source the file (or any name of where the line came from)
   * @param number its 1-based number in that file
   * @param text the line, without its line break
   * @return the line
   */
  public static SourceLine of(String source, long number, String text) {
    return new SourceLine(Objects.requireNonNull(source, "source"), number, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A line as read from a file.
   *
   * @param source the file
   * @param number its 1-based number in that file
   * @param bytes the line's bytes, without its line break (not copied: do not change them)
   * @return the line
   */
  public static SourceLine of(String source, long number, byte[] bytes) {
    return new SourceLine(Objects.requireNonNull(source, "source"), number, Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * A line longer than the document limit, whose bytes were not kept: it parses as a bad line
   * ({@code LIMIT_EXCEEDED}), as the JSON module's NDJSON reader reports it.
   *
   * @param source the file
   * @param number its 1-based number in that file
   * @return the line
   */
  static SourceLine tooLong(String source, long number) {
    if (number < 1) {
      throw new IllegalArgumentException("a line's number is 1 or more");
    }
    return new SourceLine(Objects.requireNonNull(source, "source"), number, null);
  }

  /** {@return whether the line was longer than the limit, its bytes not kept} */
  public boolean isTooLong() {
    return bytes == null;
  }

  /** {@return the file it came from} */
  public String source() {
    return source;
  }

  /** {@return its 1-based number in the file} */
  public long number() {
    return number;
  }

  /** {@return the line's text, decoded as UTF-8 (malformed bytes replaced); empty for a line too long to keep} */
  public String text() {
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  byte[] bytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceLine && ((SourceLine) o).number == number && ((SourceLine) o).source.equals(source)
        && Arrays.equals(((SourceLine) o).bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, number, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "SourceLine{" + source + ":" + number + (bytes == null ? ", too long}" : ", " + bytes.length + " bytes}");
  }

  /** {@return the coder of lines} */
  public static CustomCoder<SourceLine> coder() {
    return LineCoder.INSTANCE;
  }

  private static final class LineCoder extends CustomCoder<SourceLine> {
    private static final long serialVersionUID = 1L;
    static final LineCoder INSTANCE = new LineCoder();

    @Override
    public void encode(SourceLine value, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(value.source, out);
      // the number's sign carries whether the bytes follow: a line too long to keep has none
      VarLongCoder.of().encode(value.bytes == null ? -value.number : value.number, out);
      if (value.bytes != null) {
        ByteArrayCoder.of().encode(value.bytes, out);
      }
    }

    @Override
    public SourceLine decode(InputStream in) throws IOException {
      String source = StringUtf8Coder.of().decode(in);
      long number = VarLongCoder.of().decode(in);
      return number < 0 ? new SourceLine(source, -number, null)
          : new SourceLine(source, number, ByteArrayCoder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
