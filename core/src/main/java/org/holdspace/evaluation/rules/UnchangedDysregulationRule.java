package org.holdspace.evaluation.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.regulation.RegulationObservation;

/**
 * Reflection: the child stayed dysregulated for the configured time or more (default 20 minutes)
 * with no change toward regulated, presence or not: a question about sensory needs and the
 * environment (public scenario F). A stretch runs over consecutive dysregulated observations; it
 * ends at a regulated observation or at one toward regulated from the one before it (a collapse
 * or a change of side does not end it).
 */
final class UnchangedDysregulationRule extends StandardRule {

  UnchangedDysregulationRule() {
    super(StandardRules.UNCHANGED_DYSREGULATION_ID, 1);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    List<String> evidence = new ArrayList<>();
    List<RegulationObservation> stretch = new ArrayList<>();
    RegulationObservation previous = null;
    for (RegulationObservation o : facts.regulation()) {
      boolean ends = o.band().isRegulated()
          || (previous != null && o.band().isTowardRegulatedFrom(previous.band()));
      if (ends) {
        collect(stretch, facts, evidence);
        stretch.clear();
      }
      if (!o.band().isRegulated()) {
        stretch.add(o);
      }
      previous = o;
    }
    collect(stretch, facts, evidence);
    return evidence.isEmpty() ? List.of()
        : List.of(Finding.reflection(this, "prompt.sensory-needs-and-environment", evidence));
  }

  private static void collect(List<RegulationObservation> stretch, SessionFacts facts, List<String> evidence) {
    if (stretch.isEmpty()) {
      return;
    }
    Instant end = stretch.get(0).end();
    for (RegulationObservation o : stretch) {
      if (o.end().isAfter(end)) {
        end = o.end();
      }
    }
    if (Duration.between(stretch.get(0).at(), end).compareTo(facts.config().unchangedDysregulation()) >= 0) {
      evidence.addAll(ids(stretch));
    }
  }
}
