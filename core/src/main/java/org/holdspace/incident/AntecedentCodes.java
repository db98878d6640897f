package org.holdspace.incident;

import org.holdspace.code.Code;

/**
 * Holdspace's code system for what came just before an incident. Information about what the
 * child could not manage yet, never blame. Vendors add their own codes.
 */
public final class AntecedentCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/antecedent";

  /** A task or a demand. */
  public static final Code DEMAND = Code.of(SYSTEM, "demand", "A task or demand");
  /** A transition: from one activity, room or person to another. */
  public static final Code TRANSITION = Code.of(SYSTEM, "transition", "A transition");
  /** Sensory input: noise, light, touch, a crowd. */
  public static final Code SENSORY = Code.of(SYSTEM, "sensory", "Sensory input");
  /** Waiting, or being told no. */
  public static final Code WAITING_OR_NO = Code.of(SYSTEM, "waiting-or-no", "Waiting or being told no");
  /** Someone coming close or touching. */
  public static final Code CLOSENESS = Code.of(SYSTEM, "closeness", "Someone coming close");
  /** Nothing seen that came just before. */
  public static final Code NOT_KNOWN = Code.of(SYSTEM, "not-known", "Not known");

  private AntecedentCodes() {}
}
