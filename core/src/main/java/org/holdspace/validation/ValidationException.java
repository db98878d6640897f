package org.holdspace.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a value is built from invalid parts. It lists every violation of that value at
 * once, each with a machine-readable {@link ViolationCode} and a path: the first {@value
 * Violations#MAX_KEPT} of them, with the total count. Its message names the type, the first ten
 * paths and codes, and how many more there are; never an input value: values may be health data.
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

  /** The most violations a message names; the rest are counted. */
  static final int MAX_IN_MESSAGE = 10;

  /** The name of the type whose value was refused. */
  private final String typeName;
  private final transient List<Violation> violations;
  /** How many violations were found, kept or not. */
  private final int totalCount;

  /**
   * A new exception for {@code typeName}.
   *
   * @param typeName the simple name of the type that could not be built, for example {@code Session}
   * @param violations the violations, at least one
   */
  public ValidationException(String typeName, List<Violation> violations) {
    this(typeName, violations, violations.size());
  }

  /**
   * A new exception for {@code typeName} that keeps some of the violations found.
   *
   * @param typeName the simple name of the type that could not be built
   * @param violations the violations kept, at least one
   * @param totalCount how many were found, at least as many as kept
   */
  public ValidationException(String typeName, List<Violation> violations, int totalCount) {
    super(message(typeName, violations, totalCount));
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.violations = List.copyOf(violations);
    this.totalCount = totalCount;
  }

  private static String message(String typeName, List<Violation> violations, int totalCount) {
    if (violations.isEmpty() || totalCount < violations.size()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation, and a true count");
    }
    String named = violations.stream().limit(MAX_IN_MESSAGE).map(Violation::toString).collect(Collectors.joining("; "));
    int unnamed = totalCount - Math.min(MAX_IN_MESSAGE, violations.size());
    return "Invalid " + typeName + " (" + totalCount + (totalCount == 1 ? " violation): " : " violations): ") + named
        + (unnamed > 0 ? "; and " + unnamed + " more" : "");
  }

  /** {@return the simple name of the type that could not be built} */
  public String typeName() {
    return typeName;
  }

  /**
   * @return the violations found, in the order they were found, at most {@link Violations#MAX_KEPT};
   *     never empty
   */
  public List<Violation> violations() {
    return violations;
  }

  /** @return how many violations were found, including any not kept in {@link #violations()} */
  public int totalCount() {
    return totalCount;
  }

  /**
   * Whether a violation of {@code code} was found at {@code path}.
   *
   * @param code a violation code
   * @param path a path, such as {@code events[3].until}
   * @return whether it was found (among those kept)
   */
  public boolean has(ViolationCode code, String path) {
    return violations.contains(Violation.of(code, path));
  }
}
