package org.holdspace.regulation;

/**
 * How aroused the child's nervous system is, in four bands. Clinicians' own vocabularies (coloured
 * zones, safe / fight-flight / shutdown, ...) map onto these; keep their labels in {@link
 * RegulationObservation#label()}.
 */
public enum ArousalBand {
  /** Shut down, hypo-aroused: withdrawn, flat, unreachable for now. */
  SHUT_DOWN(1, ArousalSide.LOW),
  /** Regulated: calm and alert enough to relate and learn. */
  REGULATED(0, ArousalSide.REGULATED),
  /** Escalated, hyper-aroused: upset, agitated, in fight or flight. */
  ESCALATED(1, ArousalSide.HIGH),
  /** In crisis: overwhelmed, at risk of harm to self or others. */
  CRISIS(2, ArousalSide.HIGH);

  private final int distance;
  private final ArousalSide side;

  ArousalBand(int distance, ArousalSide side) {
    this.distance = distance;
    this.side = side;
  }

  /** {@return the side of regulated this band lies on} */
  public ArousalSide side() {
    return side;
  }

  /**
   * Whether this band is toward regulated from {@code from}: this band is regulated and {@code
   * from} is not, or both lie on the same side and this one is nearer to regulated. Crisis to shut
   * down (a collapse) and shut down to escalated (a change of side) are not.
   *
   * <pre>{@code
   * ArousalBand.ESCALATED.isTowardRegulatedFrom(ArousalBand.CRISIS);   // true
   * ArousalBand.SHUT_DOWN.isTowardRegulatedFrom(ArousalBand.CRISIS);   // false: a collapse
   * }</pre>
   *
   * @param from the earlier band
   * @return whether moving from {@code from} to this band is a move toward regulated
   */
  public boolean isTowardRegulatedFrom(ArousalBand from) {
    if (from == REGULATED) {
      return false;
    }
    return this == REGULATED || (side == from.side && distance < from.distance);
  }

  /** {@return how far from regulated: 0 for {@link #REGULATED}, 1 for shut down or escalated, 2 for crisis} */
  public int distanceFromRegulated() {
    return distance;
  }

  /** {@return whether this band is {@link #REGULATED}} */
  public boolean isRegulated() {
    return this == REGULATED;
  }
}
