package org.holdspace.fhir;

import java.util.List;
import org.holdspace.validation.Violation;

/**
 * The one exception Holdspace's FHIR reading and writing throws for data it cannot map: what went
 * wrong ({@link #problem()}), where (a FHIRPath-like {@link #location()} such as {@code
 * Bundle.entry[3].resource.component[1].value}), and for values that break the domain's rules,
 * core's list of violations. Its message never quotes the input, which may be health data, and
 * never carries HAPI's own messages (which may).
 *
 * <pre>{@code
 * try {
 *   Session s = fhir.toSession(bundle);
 * } catch (HoldspaceFhirException e) {
 *   e.problem();   // MISSING_ELEMENT
 *   e.location();  // "Bundle.entry[2].resource.effective"
 * }
 * }</pre>
 */
public final class HoldspaceFhirException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem the FHIR data has. */
  public enum Problem {
    /** Not well-formed FHIR JSON (or not JSON at all). */
    MALFORMED,
    /** A resource type other than the one expected (a Patient where a Bundle belongs, ...). */
    WRONG_RESOURCE,
    /** A required element or extension is absent. */
    MISSING_ELEMENT,
    /** An element appears more often than the mapping allows (two Encounters in one Bundle, ...). */
    DUPLICATE_ELEMENT,
    /** A value of the right type that the mapping does not allow (an unknown code, a bad instant, ...). */
    INVALID_VALUE,
    /** A reference that points to nothing the Bundle holds, or to the wrong kind of resource. */
    BROKEN_REFERENCE,
    /** A resource that is neither the library's nor a registered vendor codec's. */
    UNKNOWN_RESOURCE,
    /** The values are well-formed but break the domain's rules; see {@link #violations()}. */
    DOMAIN_VIOLATION,
    /** A document larger than the configured limit ({@code HoldspaceFhir.Builder.maxDocumentChars}). */
    LIMIT_EXCEEDED,
    /** A value that cannot be written: a vendor event or session type with no codec. */
    NOT_WRITABLE,
    /** Writing or reading a file failed; the {@code IOException} is the cause. */
    IO_FAILURE
  }

  /** What kind of problem it is. */
  private final Problem problem;
  /** Where, as a FHIRPath-like location without values. */
  private final String location;
  /** Core's violations, for a domain violation. */
  private final transient List<Violation> violations;
  /** What was expected or what failed, never input; may be null. */
  private final String detail;

  HoldspaceFhirException(Problem problem, String location, String detail, List<Violation> violations, Throwable cause) {
    super(problem + " at " + location + (detail == null ? "" : ": " + detail), cause);
    this.problem = problem;
    this.location = location;
    this.violations = List.copyOf(violations);
    this.detail = detail;
  }

  /** The same problem with its location's {@code prefix} replaced by {@code replacement} (a bulk file's line for a Bundle entry). */
  HoldspaceFhirException relocated(String prefix, String replacement) {
    if (!location.startsWith(prefix)) {
      return this;
    }
    return new HoldspaceFhirException(problem, replacement + location.substring(prefix.length()), detail, violations(),
        getCause());
  }

  HoldspaceFhirException(Problem problem, String location, String detail) {
    this(problem, location, detail, List.of(), null);
  }

  /** {@return what kind of problem it is} */
  public Problem problem() {
    return problem;
  }

  /**
   * {@return where: a FHIRPath-like location that names only FHIR elements, indexes and the
   * mapping's own extension names, never a value}
   */
  public String location() {
    return location;
  }

  /** {@return core's violations, for {@link Problem#DOMAIN_VIOLATION}; otherwise empty} */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }

  /**
   * {@code noun} after its indefinite article, for messages: "an Encounter", "a Patient". Used
   * with FHIR's resource type names only, never with input text.
   */
  static String withArticle(String noun) {
    boolean vowel = !noun.isEmpty() && "AEIOUaeiou".indexOf(noun.charAt(0)) >= 0;
    return (vowel ? "an " : "a ") + noun;
  }
}
