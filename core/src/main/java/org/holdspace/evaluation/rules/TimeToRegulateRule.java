package org.holdspace.evaluation.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.holdspace.evaluation.ClientHistory;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
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
  public List<Finding> evaluate(SessionFacts facts) {
    ClientHistory history = facts.history();
    Optional<Duration> now = facts.timeToRegulate();
    if (now.isEmpty() || history.timesToRegulate().size() < facts.config().historyMinimum()) {
      return List.of();
    }
    Duration median = history.medianTimeToRegulate().get();
    double limit = median.toMillis() * facts.config().longerTimeToRegulateFactor();
    if (now.get().toMillis() <= limit) {
      return List.of();
    }
    List<String> evidence = new ArrayList<>(2);
    for (RegulationObservation o : facts.regulation()) {
      if (evidence.isEmpty() != o.band().isRegulated()) {
        evidence.add(o.id());
        if (evidence.size() == 2) {
          break;
        }
      }
    }
    return List.of(Finding.reflection(this, "prompt.longer-time-to-regulate", evidence));
  }
}
