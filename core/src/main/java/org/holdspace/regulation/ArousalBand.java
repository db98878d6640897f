package org.holdspace.regulation;

/**
 * How aroused the child's nervous system is, in four bands. Clinicians' own vocabularies (coloured
 * zones, safe / fight-flight / shutdown, ...) map onto these; keep their labels in {@link
 * RegulationObservation#label()}.
 */
public enum ArousalBand {
  /** Shut down, hypo-aroused: withdrawn, flat, unreachable for now. */
  SHUT_DOWN(1),
  /** Regulated: calm and alert enough to relate and learn. */
  REGULATED(0),
  /** Escalated, hyper-aroused: upset, agitated, in fight or flight. */
  ESCALATED(1),
  /** In crisis: overwhelmed, at risk of harm to self or others. */
  CRISIS(2);

  private final int distance;

  ArousalBand(int distance) {
    this.distance = distance;
  }

  /** How far from regulated: 0 for {@link #REGULATED}, 1 for shut down or escalated, 2 for crisis. */
  public int distanceFromRegulated() {
    return distance;
  }

  /** Whether this band is {@link #REGULATED}. */
  public boolean isRegulated() {
    return this == REGULATED;
  }
}
