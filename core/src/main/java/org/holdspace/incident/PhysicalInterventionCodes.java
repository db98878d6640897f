package org.holdspace.incident;

import org.holdspace.code.Code;

/**
 * Holdspace's code system for the physical intervention used in an incident, from none to a hold.
 * Worded as what was done, never as judgement. Vendors add their own codes (a clinic's restraint
 * policy names its own techniques).
 */
public final class PhysicalInterventionCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/physical-intervention";

  /** No physical intervention. */
  public static final Code NONE = Code.of(SYSTEM, "none", "None");
  /** Blocking: putting a hand, a cushion or the body between the child and harm, without holding. */
  public static final Code BLOCKING = Code.of(SYSTEM, "blocking", "Blocking");
  /** Guiding the child away from harm by the hand or arm. */
  public static final Code GUIDING_AWAY = Code.of(SYSTEM, "guiding-away", "Guiding away");
  /** Holding the child to keep them or others safe. */
  public static final Code HOLD = Code.of(SYSTEM, "hold", "Hold");

  private PhysicalInterventionCodes() {}
}
