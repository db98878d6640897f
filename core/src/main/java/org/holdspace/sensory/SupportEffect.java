package org.holdspace.sensory;

/** The effect seen after a support. A support that did not help is information, not failure. */
public enum SupportEffect {
  /** Regulation improved. */
  HELPED,
  /** No visible change. */
  NO_VISIBLE_CHANGE,
  /** Arousal moved further from regulated. */
  MADE_WORSE,
  /** Not clear. */
  UNCLEAR
}
