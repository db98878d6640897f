package org.holdspace.goal;

import org.holdspace.code.Code;

/**
 * Holdspace's code system for the prompting or assistance a goal attempt needed, from least to
 * most support. Vendors with their own prompting hierarchy use their own codes.
 */
public final class AssistanceCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/assistance";

  /** No prompt needed. */
  public static final Code INDEPENDENT = Code.of(SYSTEM, "independent", "Independent");
  /** A gesture or a look. */
  public static final Code GESTURAL_PROMPT = Code.of(SYSTEM, "gestural", "Gestural prompt");
  /** A spoken cue. */
  public static final Code VERBAL_PROMPT = Code.of(SYSTEM, "verbal", "Verbal prompt");
  /** The adult showed how. */
  public static final Code MODELLED = Code.of(SYSTEM, "model", "Modelled");
  /** Some hand-over-hand or physical guidance. */
  public static final Code PARTIAL_PHYSICAL = Code.of(SYSTEM, "partial-physical", "Partial physical assistance");
  /** Full physical guidance. */
  public static final Code FULL_PHYSICAL = Code.of(SYSTEM, "full-physical", "Full physical assistance");

  private AssistanceCodes() {}
}
