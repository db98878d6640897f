package org.holdspace.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.demand.Activity;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.regulation.RegulationObservation;

/**
 * Engagement: the child took part in an activity: judged engaged and attending, regulated during
 * an activity, or making a goal attempt.
 */
final class EngagementRule extends StandardRule {

  EngagementRule() {
    super(StandardRules.ENGAGEMENT_ID, 1);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    List<Finding> found = new ArrayList<>(3);
    for (ReadinessAssessment r : facts.readiness()) {
      if (r.indicatorsMet().contains(ReadinessIndicator.ENGAGED)) {
        found.add(Finding.rung(this, Rung.ENGAGEMENT, "finding.engagement.attending", List.of(r.id())));
        break;
      }
    }
    List<RegulationObservation> regulated = facts.regulated();
    Overlaps<RegulationObservation> index = new Overlaps<>(regulated);
    boolean[] cited = new boolean[regulated.size()];
    List<String> during = new ArrayList<>();
    for (Activity a : facts.activities()) {
      int o = index.indexOfAnyOverlapping(a.at(), a.end());
      if (o >= 0) {
        during.add(a.id());
        if (!cited[o]) {
          cited[o] = true;
          during.add(regulated.get(o).id());
        }
      }
    }
    if (!during.isEmpty()) {
      found.add(Finding.rung(this, Rung.ENGAGEMENT, "finding.engagement.took-part-regulated", during));
    }
    if (!facts.goalAttempts().isEmpty()) {
      found.add(Finding.rung(this, Rung.ENGAGEMENT, "finding.engagement.goal-attempts", ids(facts.goalAttempts())));
    }
    return found;
  }
}
