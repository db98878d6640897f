package org.holdspace.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.holdspace.validation.Violation;

/**
 * The one exception Holdspace's JSON reading throws for bad input: what went wrong ({@link
 * #problem()}), where (a JSON pointer, a line and a column), and for a value that breaks the
 * domain's rules, core's list of violations. Its message never quotes the input, which may be
 * health data.
 *
 * <pre>{@code
 * try {
 *   Session s = mapper.readValue(json, Session.class);
 * } catch (HoldspaceJsonException e) {
 *   e.problem();     // UNKNOWN_FIELD
 *   e.pointer();     // "/events/3/<field 4>": unknown names by position only
 *   e.line();        // 12
 * }
 * }</pre>
 *
 * <p>It extends Jackson's {@link JsonMappingException}, so code written against Jackson's
 * exceptions keeps working.
 */
public final class HoldspaceJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem the input has. */
  public enum Problem {
    /** Not well-formed JSON. */
    MALFORMED,
    /** A value of the wrong JSON type (a number where a string belongs, ...). */
    WRONG_TYPE,
    /** A required field is absent. */
    MISSING_FIELD,
    /** A field the format does not define. */
    UNKNOWN_FIELD,
    /** An event or session {@code type} that is neither the library's nor registered. */
    UNKNOWN_TYPE,
    /** A value of the right JSON type that is not allowed (an unknown enum value, a bad instant, ...). */
    INVALID_VALUE,
    /** The values are well-formed but break the domain's rules; see {@link #violations()}. */
    DOMAIN_VIOLATION,
    /** A document, string, nesting or list larger than the configured limits. */
    LIMIT_EXCEEDED,
    /** A {@code schemaVersion} this library cannot read. */
    UNSUPPORTED_VERSION,
    /**
     * A value that cannot be written: a vendor type with no codec, or a vendor's implementation of
     * a library kind that is not registered with {@code addLibraryKind}.
     */
    NOT_WRITABLE,
    /**
     * The stream itself failed (a disk or network fault), not the data: the {@code IOException} is
     * the cause. Retrying may help; the document may be fine.
     */
    IO_FAILURE
  }

  /** What kind of problem it is. */
  private final Problem problem;
  /** Where, as a JSON pointer that names only the format's own fields. */
  private final String pointer;
  /** The line, 1-based, or -1 if unknown. */
  private final int line;
  /** The column, 1-based, or -1 if unknown. */
  private final int column;
  private final transient List<Violation> violations;

  HoldspaceJsonException(JsonParser parser, Problem problem, String pointer, JsonLocation location, String detail,
      List<Violation> violations, Throwable cause) {
    super(parser, message(problem, pointer, location, detail), cause);
    this.problem = problem;
    this.pointer = pointer;
    this.line = location == null ? -1 : location.getLineNr();
    this.column = location == null ? -1 : location.getColumnNr();
    this.violations = List.copyOf(violations);
  }

  private static String message(Problem problem, String pointer, JsonLocation location, String detail) {
    StringBuilder sb = new StringBuilder(problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    sb.append(" at ").append(pointer.isEmpty() ? "/" : pointer);
    if (location != null && location.getLineNr() > 0) {
      sb.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr()).append(')');
    }
    if (!detail.isEmpty()) {
      sb.append(": ").append(detail);
    }
    return sb.toString();
  }

  /** {@return what kind of problem the input has} */
  public Problem problem() {
    return problem;
  }

  /**
   * {@return where, as a JSON pointer (RFC 6901), for example {@code /events/3/until}; empty for the document itself}
   */
  public String pointer() {
    return pointer;
  }

  /** {@return the line of the input where the problem was found, from 1; -1 if unknown} */
  public int line() {
    return line;
  }

  /** {@return the column of the input where the problem was found, from 1; -1 if unknown} */
  public int column() {
    return column;
  }

  /**
   * {@return for {@link Problem#DOMAIN_VIOLATION}, the violations core reported: for a document
   * refused at its end, every violation in it, with paths from the document's root ({@code
   * events[2].until}), at most 100 kept and the rest counted in the message; else empty}
   */
  public List<Violation> violations() {
    return violations;
  }

  /** The message, which names the problem and its place and never quotes the input. */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  @Override
  public String getLocalizedMessage() {
    return getOriginalMessage();
  }
}
