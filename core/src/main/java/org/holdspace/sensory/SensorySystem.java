package org.holdspace.sensory;

/** The sensory systems a support can target. */
public enum SensorySystem {
  /** Touch. */
  TACTILE,
  /** Hearing. */
  AUDITORY,
  /** Sight. */
  VISUAL,
  /** Smell. */
  OLFACTORY,
  /** Taste. */
  GUSTATORY,
  /** Movement and balance. */
  VESTIBULAR,
  /** Body position, deep pressure, heavy work. */
  PROPRIOCEPTIVE,
  /** Inner body signals: hunger, thirst, heartbeat, breath. */
  INTEROCEPTIVE
}
