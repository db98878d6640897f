package org.holdspace.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a value is built from invalid parts. It lists every violation of that value at
 * once, each with a machine-readable {@link ViolationCode} and a path. Its message names the
 * type, the paths and the codes, never an input value: values may be health data.
 *
 * <pre>{@code
 * try {
 *   Interval.of(start.plusSeconds(60), start);
 * } catch (ValidationException e) {
 *   e.violations(); // [end: ends before it starts (time.end-before-start)]
 * }
 * }</pre>
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String typeName;
  private final transient List<Violation> violations;

  /**
   * A new exception for {@code typeName}.
   *
   * @param typeName the simple name of the type that could not be built, for example {@code Session}
   * @param violations the violations, at least one
   */
  public ValidationException(String typeName, List<Violation> violations) {
    super(message(typeName, violations));
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.violations = List.copyOf(violations);
  }

  private static String message(String typeName, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    return "Invalid " + typeName + " (" + violations.size()
        + (violations.size() == 1 ? " violation): " : " violations): ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /** The simple name of the type that could not be built. */
  public String typeName() {
    return typeName;
  }

  /** Every violation found, in the order they were found; never empty. */
  public List<Violation> violations() {
    return violations;
  }

  /** Whether a violation of {@code code} was found at {@code path}. */
  public boolean has(ViolationCode code, String path) {
    return violations.contains(Violation.of(code, path));
  }
}
