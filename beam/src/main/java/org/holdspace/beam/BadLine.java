package org.holdspace.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * A line that did not become a session: where it is (file and line number), what is wrong with
 * it ({@code problem}: a {@code HoldspaceJsonException.Problem} name) and where in it (a JSON
 * pointer, naming only the format's own fields), and, only when the caller asked for it, the raw
 * line. Its {@code toString()} never shows the raw line.
 */
public final class BadLine {
  private final String source;
  private final long number;
  private final String problem;
  private final String pointer;
  private final Optional<String> raw;

  private BadLine(String source, long number, String problem, String pointer, Optional<String> raw) {
    this.source = source;
    this.number = number;
    this.problem = problem;
    this.pointer = pointer;
    this.raw = raw;
  }

  static BadLine of(String source, long number, String problem, String pointer, Optional<String> raw) {
    return new BadLine(Objects.requireNonNull(source), number, Objects.requireNonNull(problem),
        Objects.requireNonNull(pointer), Objects.requireNonNull(raw));
  }

  /** {@return the file the line came from} */
  public String source() {
    return source;
  }

  /** {@return the line's 1-based number in its file} */
  public long number() {
    return number;
  }

  /** {@return what is wrong: {@code MALFORMED}, {@code UNKNOWN_FIELD}, {@code DOMAIN_VIOLATION}, ...} */
  public String problem() {
    return problem;
  }

  /** {@return where in the line: a JSON pointer that names only the format's fields} */
  public String pointer() {
    return pointer;
  }

  /** {@return the raw line, only if the caller asked to keep raw lines} */
  public Optional<String> raw() {
    return raw;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BadLine)) {
      return false;
    }
    BadLine b = (BadLine) o;
    return number == b.number && source.equals(b.source) && problem.equals(b.problem) && pointer.equals(b.pointer)
        && raw.equals(b.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, number, problem, pointer, raw);
  }

  @Override
  public String toString() {
    return source + ":" + number + ": " + problem + " at " + (pointer.isEmpty() ? "/" : pointer);
  }

  /** {@return the coder of bad lines} */
  public static CustomCoder<BadLine> coder() {
    return BadLineCoder.INSTANCE;
  }

  private static final class BadLineCoder extends CustomCoder<BadLine> {
    private static final long serialVersionUID = 1L;
    static final BadLineCoder INSTANCE = new BadLineCoder();

    @Override
    public void encode(BadLine b, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(b.source, out);
      VarLongCoder.of().encode(b.number, out);
      StringUtf8Coder.of().encode(b.problem, out);
      StringUtf8Coder.of().encode(b.pointer, out);
      BooleanCoder.of().encode(b.raw.isPresent(), out);
      if (b.raw.isPresent()) {
        StringUtf8Coder.of().encode(b.raw.get(), out);
      }
    }

    @Override
    public BadLine decode(InputStream in) throws IOException {
      String source = StringUtf8Coder.of().decode(in);
      long number = VarLongCoder.of().decode(in);
      String problem = StringUtf8Coder.of().decode(in);
      String pointer = StringUtf8Coder.of().decode(in);
      Optional<String> raw = BooleanCoder.of().decode(in) ? Optional.of(StringUtf8Coder.of().decode(in)) : Optional.empty();
      return new BadLine(source, number, problem, pointer, raw);
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
