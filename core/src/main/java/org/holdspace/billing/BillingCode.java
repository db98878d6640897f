package org.holdspace.billing;

import java.util.Objects;
import org.holdspace.code.Code;

/**
 * A caller's billing code for a kind of intervention, and whether it is timed (units from minutes)
 * or untimed (billed once a session, whatever its minutes; no units). The library ships none.
 *
 * <pre>{@code
 * BillingCode therapeuticActivities = BillingCode.timed(Code.of("http://www.ama-assn.org/go/cpt", "97530"));
 * }</pre>
 */
public final class BillingCode {
  private final Code code;
  private final boolean timed;

  private BillingCode(Code code, boolean timed) {
    this.code = Objects.requireNonNull(code, "code");
    this.timed = timed;
  }

  /**
   * A timed code: its units come from its minutes.
   *
   * @param code the caller's code
   * @return the billing code
   */
  public static BillingCode timed(Code code) {
    return new BillingCode(code, true);
  }

  /**
   * An untimed code, billed once a session: no units from minutes.
   *
   * @param code the caller's code
   * @return the billing code
   */
  public static BillingCode untimed(Code code) {
    return new BillingCode(code, false);
  }

  /** {@return the caller's code} */
  public Code code() {
    return code;
  }

  /** {@return whether units come from minutes} */
  public boolean isTimed() {
    return timed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BillingCode && ((BillingCode) o).code.equals(code) && ((BillingCode) o).timed == timed;
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + (timed ? 1 : 0);
  }

  @Override
  public String toString() {
    return "BillingCode{" + code.system() + "|" + code.code() + (timed ? ", timed}" : ", untimed}");
  }
}
