package org.holdspace.evaluation;

import java.util.Objects;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;

/**
 * An accepted support tied to an observation toward regulated: either because it was in place when
 * regulation came ({@link SessionFacts#supportsPresentWhenRegulationCame()}), or because the
 * observation agrees with a report that it helped ({@link SessionFacts#corroboratedHelp()}).
 *
 * <pre>{@code
 * for (SupportCredit c : facts.corroboratedHelp()) {
 *   c.support().support(); // DEEP_PRESSURE
 *   c.toward().at();       // when the child was next seen toward regulated
 * }
 * }</pre>
 *
 * @param support the accepted support
 * @param toward the observation toward regulated it is tied to
 */
public record SupportCredit(SensorySupport support, RegulationObservation toward) {

  /**
   * A credit of {@code support} with {@code toward}.
   *
   * @param support the support reported as helping
   * @param toward the later observation toward regulated that agrees
   *
   * @throws NullPointerException if either is null
   */
  public SupportCredit {
    Objects.requireNonNull(support, "support");
    Objects.requireNonNull(toward, "toward");
  }
}
