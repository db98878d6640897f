package org.holdspace.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CoachingStep;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;

/**
 * Context: coaching given to a caregiver. Strategies agreed to try at home are named in a finding
 * of their own, which lets a parent summary end with one thing to try at home.
 */
final class CoachingRule extends StandardRule {

  CoachingRule() {
    super(StandardRules.COACHING_ID, 1);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    if (facts.coaching().isEmpty()) {
      return List.of();
    }
    List<String> atHome = new ArrayList<>();
    for (CaregiverCoaching c : facts.coaching()) {
      if (c.step() == CoachingStep.TO_TRY_AT_HOME) {
        atHome.add(c.id());
      }
    }
    List<Finding> found = new ArrayList<>(2);
    found.add(Finding.context(this, "finding.coaching.given", ids(facts.coaching())));
    if (!atHome.isEmpty()) {
      found.add(Finding.context(this, "finding.coaching.to-try-at-home", atHome));
    }
    return found;
  }
}
