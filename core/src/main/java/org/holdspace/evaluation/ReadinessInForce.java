package org.holdspace.evaluation;

import java.time.Instant;
import java.util.List;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationObservation;

/**
 * Readiness at a moment, for {@link SessionFacts} (rule set version 2): the latest assessment at
 * or before it, unless a regulated observation began after that assessment and at or before the
 * moment; then readiness is unknown, not "not ready". Each assessment's first regulated
 * observation after it is found in one walk, so a question is one search.
 */
final class ReadinessInForce {
  private final List<ReadinessAssessment> readiness;
  private final StartTimes starts;
  /** For each readiness assessment, when the first regulated observation after it began (null if none). */
  private final Instant[] regulatedAfter;

  ReadinessInForce(List<ReadinessAssessment> readiness, List<RegulationObservation> regulated) {
    this.readiness = readiness;
    this.starts = StartTimes.of(readiness);
    this.regulatedAfter = new Instant[readiness.size()];
    int j = 0;
    for (int i = 0; i < readiness.size(); i++) {
      Instant assessed = readiness.get(i).at();
      while (j < regulated.size() && !regulated.get(j).at().isAfter(assessed)) {
        j++;
      }
      regulatedAfter[i] = j < regulated.size() ? regulated.get(j).at() : null;
    }
  }

  /** The assessment in force at {@code instant}, or null. */
  ReadinessAssessment at(Instant instant) {
    int i = starts.lastAtOrBefore(instant);
    if (i < 0) {
      return null;
    }
    Instant regulatedSince = regulatedAfter[i];
    if (regulatedSince != null && !regulatedSince.isAfter(instant)) {
      return null;
    }
    return readiness.get(i);
  }
}
