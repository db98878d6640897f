package org.holdspace.validation;

/**
 * A machine-readable kind of violation. The library's own codes are {@link CoreViolation}; a
 * vendor that validates its own subtypes implements this interface, usually with an enum.
 *
 * <pre>{@code
 * enum BillingViolation implements ViolationCode {
 *   MISSING_PAYER;
 *
 *   public String code() {
 *     return "billing.missing-payer";
 *   }
 *
 *   public String description() {
 *     return "a payer is required";
 *   }
 * }
 * }</pre>
 */
public interface ViolationCode {

  /** {@return the stable code, for example {@code "time.end-before-start"}; safe to log and match on} */
  String code();

  /** {@return a short English description of the rule that was broken; never contains input values} */
  String description();
}
