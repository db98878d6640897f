package org.holdspace.evaluation;

import java.util.Objects;
import org.holdspace.regulation.RegulationObservation;

/**
 * A move toward regulated: a dysregulated observation, and a later observation whose band is
 * toward regulated from it ({@link org.holdspace.regulation.ArousalBand#isTowardRegulatedFrom}).
 * Found by {@link SessionFacts#gains()}.
 *
 * <pre>{@code
 * for (Gain g : facts.gains()) {
 *   g.from().band(); // CRISIS
 *   g.to().band();   // ESCALATED
 * }
 * }</pre>
 *
 * @param from the dysregulated observation the child moved away from
 * @param to the observation toward regulated; it starts at or after {@code from}
 */
public record Gain(RegulationObservation from, RegulationObservation to) {

  /**
   * A gain from {@code from} to {@code to}.
   *
   * @param from the observation it moved from
   * @param to the observation it moved to, toward regulated
   *
   * @throws NullPointerException if either is null
   */
  public Gain {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
