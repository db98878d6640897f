package org.holdspace.code;

import java.util.Optional;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * An open, coded concept: a code system (a URI), a code in it, and an optional display text, in
 * the manner of a FHIR {@code Coding}. Holdspace ships its own code systems as constants (for
 * example {@link org.holdspace.regulation.RegulationSignCodes}); vendors use theirs without forking.
 *
 * <pre>{@code
 * Code weightedLap = Code.of("https://ehr.example/supports", "weighted-lap-pad", "Weighted lap pad");
 * weightedLap.isSameConcept(Code.of("https://ehr.example/supports", "weighted-lap-pad")); // true
 * }</pre>
 *
 * <p>Equality includes the display text, so that nothing is lost in transit; use {@link
 * #isSameConcept} to compare meaning.
 */
@Value.Immutable(builder = false)
@HoldspaceStyle
public abstract class Code {

  Code() {}

  /** {@return the code system, usually a URI such as {@code https://holdspace.org/codes/sensory-support}} */
  @Value.Parameter
  public abstract String system();

  /** {@return the code within its system, for example {@code deep-pressure}} */
  @Value.Parameter
  public abstract String code();

  /** {@return text for people, if any; never used for matching} */
  @Value.Parameter
  public abstract Optional<String> display();

  /**
   * A code without display text.
   *
   * @param system the code system's URI
   * @param code the code within that system
   * @return the code
   * @throws org.holdspace.validation.ValidationException if system or code is missing, blank,
   *     too long, or contains a control character
   */
  public static Code of(String system, String code) {
    return ImmutableCode.of(system, code, Optional.empty());
  }

  /**
   * A code with display text; see {@link #of(String, String)}.
   *
   * @param system the code system's URI
   * @param code the code within that system
   * @param display text to show for it, or null for none
   * @return the code
   */
  public static Code of(String system, String code, String display) {
    return ImmutableCode.of(system, code, Optional.ofNullable(display));
  }

  /**
   * Whether {@code other} has the same system and code, whatever its display text.
   *
   * @param other another code
   * @return whether both name the same concept
   */
  public final boolean isSameConcept(Code other) {
    return system().equals(other.system()) && code().equals(other.code());
  }

  /**
   * Whether this code is {@code code} in {@code system}.
   *
   * @param system a code system's URI
   * @param code a code within that system
   * @return whether this code is that one
   */
  public final boolean is(String system, String code) {
    return system().equals(system) && code().equals(code);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Code");
    v.requireId(system(), "system");
    v.requireId(code(), "code");
    v.require(display(), "display");
    v.throwIfAny();
  }
}
