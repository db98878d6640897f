package org.holdspace.regulation;

/** How regulation was happening at the time of an observation. */
public enum RegulationMode {
  /** Not regulating yet. */
  NOT_YET,
  /** Regulating with an adult's help: co-regulation. */
  CO_REGULATED,
  /** Regulating without help. */
  SELF_REGULATED
}
