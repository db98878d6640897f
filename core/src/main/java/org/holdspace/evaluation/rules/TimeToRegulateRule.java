package org.holdspace.evaluation.rules;

import java.time.Duration;
import java.util.Optional;
import org.holdspace.evaluation.ClientHistory;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.regulation.RegulationObservation;

/**
 * Reflection: regulating took much longer than in the child's recent sessions (more than the
 * configured factor times their median, with at least the configured number of them).
 */
final class TimeToRegulateRule extends StandardRule {

  TimeToRegulateRule() {
    super(StandardRules.TIME_TO_REGULATE_ID, 1);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    ClientHistory history = facts.history();
    Optional<Duration> now = facts.timeToRegulate();
    if (now.isEmpty() || history.timesToRegulate().size() < facts.config().historyMinimum()) {
      return;
    }
    Duration median = history.medianTimeToRegulate().get();
    double limit = median.toMillis() * facts.config().longerTimeToRegulateFactor();
    if (now.get().toMillis() <= limit) {
      return;
    }
    // the first dysregulated observation, then the first regulated one after it
    for (RegulationObservation o : facts.regulation()) {
      if ((into.pending() == 0) != o.band().isRegulated()) {
        into.add(o.id());
        if (into.pending() == 2) {
          break;
        }
      }
    }
    into.reflection(this, FindingKeys.PROMPT_LONGER_TIME_TO_REGULATE);
  }
}
