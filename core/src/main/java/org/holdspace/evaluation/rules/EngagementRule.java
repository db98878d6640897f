package org.holdspace.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.demand.Activity;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.goal.GoalAttempt;

/**
 * Engagement (version 2): the child took part in an activity or a goal attempt that began while
 * the child was not judged "not ready" ({@link SessionFacts#readinessAt}). Nothing else evidences
 * engagement: work while not ready evidences no rung.
 */
final class EngagementRule extends StandardRule {

  EngagementRule() {
    super(StandardRules.ENGAGEMENT_ID, 2);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    List<String> tookPart = new ArrayList<>();
    for (Activity a : facts.activities()) {
      if (!facts.isNotReadyAt(a.at())) {
        tookPart.add(a.id());
      }
    }
    for (GoalAttempt a : facts.goalAttempts()) {
      if (!facts.isNotReadyAt(a.at())) {
        tookPart.add(a.id());
      }
    }
    return tookPart.isEmpty() ? List.of()
        : List.of(Finding.rung(this, Rung.ENGAGEMENT, "finding.engagement.took-part", tookPart));
  }
}
