package org.holdspace.evaluation.rules;

import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CoachingStep;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;

/**
 * Context: coaching given to a caregiver. Strategies agreed to try at home are named in a finding
 * of their own, which lets a parent summary end with one thing to try at home.
 */
final class CoachingRule extends StandardRule {

  CoachingRule() {
    super(StandardRules.COACHING_ID, 1);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    if (facts.coaching().isEmpty()) {
      return;
    }
    into.addAll(facts.coaching());
    into.context(this, FindingKeys.COACHING_GIVEN);
    for (CaregiverCoaching c : facts.coaching()) {
      if (c.step() == CoachingStep.TO_TRY_AT_HOME) {
        into.add(c.id());
      }
    }
    if (into.pending() > 0) {
      into.context(this, FindingKeys.TO_TRY_AT_HOME);
    }
  }
}
