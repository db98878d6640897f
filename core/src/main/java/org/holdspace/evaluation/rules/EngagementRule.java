package org.holdspace.evaluation.rules;

import org.holdspace.demand.Activity;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;
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
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    for (Activity a : facts.activities()) {
      if (!facts.isNotReadyAt(a.at())) {
        into.add(a.id());
      }
    }
    for (GoalAttempt a : facts.goalAttempts()) {
      if (!facts.isNotReadyAt(a.at())) {
        into.add(a.id());
      }
    }
    if (into.pending() > 0) {
      into.rung(this, Rung.ENGAGEMENT, FindingKeys.TOOK_PART);
    }
  }
}
