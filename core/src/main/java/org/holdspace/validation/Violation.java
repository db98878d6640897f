package org.holdspace.validation;

import java.util.Objects;

/**
 * One broken rule: what kind ({@link #code()}) and where ({@link #path()}, for example
 * {@code events[3].until}). A violation never carries the offending value, since values may be
 * health data.
 */
public final class Violation {
  private final ViolationCode code;
  private final String path;

  private Violation(ViolationCode code, String path) {
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
  }

  /**
   * A violation of {@code code} at {@code path}.
   *
   * <pre>{@code
   * Violation v = Violation.of(CoreViolation.END_BEFORE_START, "planned.end");
   * }</pre>
   *
   * @param code the kind of violation
   * @param path where, as attribute names, dots and list indexes; empty for the value itself
   * @return the violation
   */
  public static Violation of(ViolationCode code, String path) {
    return new Violation(code, path);
  }

  /** {@return the kind of violation} */
  public ViolationCode code() {
    return code;
  }

  /** {@return where the violation is, relative to the value being built, for example {@code events[2].at}} */
  public String path() {
    return path;
  }

  /**
   * This violation with {@code prefix} put before its path, for a value nested in another.
   *
   * @param prefix the path of the nesting value
   * @return the violation with the longer path
   */
  public Violation under(String prefix) {
    return new Violation(code, path.isEmpty() ? prefix : prefix + "." + path);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation
        && ((Violation) o).code.equals(code)
        && ((Violation) o).path.equals(path);
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + path.hashCode();
  }

  /** {@code path: description (code)}, without any input value. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(value)" : path) + ": " + code.description() + " (" + code.code() + ")";
  }
}
