package org.holdspace.demand;

import org.holdspace.code.Code;

/** Holdspace's code system for environment factors. Vendors add their own codes. */
public final class EnvironmentFactorCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/environment-factor";

  /** Loud or sudden noise. */
  public static final Code NOISE = Code.of(SYSTEM, "noise", "Noise");
  /** Bright or flickering light. */
  public static final Code LIGHT = Code.of(SYSTEM, "light", "Bright light");
  /** Many people or a crowded room. */
  public static final Code CROWDING = Code.of(SYSTEM, "crowding", "Crowding");
  /** A new room, toy or routine. */
  public static final Code NOVELTY = Code.of(SYSTEM, "novelty", "Novelty");
  /** People the child does not know. */
  public static final Code UNFAMILIAR_PEOPLE = Code.of(SYSTEM, "unfamiliar-people", "Unfamiliar people");
  /** Moving from one place or activity to another. */
  public static final Code TRANSITION = Code.of(SYSTEM, "transition", "Transition");

  private EnvironmentFactorCodes() {}
}
