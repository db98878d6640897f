package org.holdspace.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GasRating;
import org.holdspace.goal.GoalAttempt;

/**
 * Skill practice and goal progress: any goal attempt is practice; an attempt rated above the GAS
 * baseline (-1 or better) or recorded as partly or fully met is progress. Attempts made while the
 * child was not ready count for the session, never against it, and raise a reflection.
 */
final class GoalWorkRule extends StandardRule {

  GoalWorkRule() {
    super(StandardRules.GOAL_WORK_ID, 1);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    if (facts.goalAttempts().isEmpty()) {
      return List.of();
    }
    List<Finding> found = new ArrayList<>(4);
    found.add(Finding.rung(this, Rung.SKILL_PRACTICE, "finding.skill-practice.attempts", ids(facts.goalAttempts())));
    List<GoalAttempt> progress = new ArrayList<>();
    List<String> notReady = new ArrayList<>();
    for (GoalAttempt a : facts.goalAttempts()) {
      boolean rated = a.gasLevel().isPresent() && a.gasLevel().getAsInt() > GasRating.MIN_LEVEL;
      AttemptOutcome outcome = a.outcome().orElse(null);
      if (rated || outcome == AttemptOutcome.PARTLY_MET || outcome == AttemptOutcome.MET) {
        progress.add(a);
      }
      if (facts.isNotReadyAt(a.at())) {
        notReady.add(facts.readinessAt(a.at()).get().id());
        notReady.add(a.id());
      }
    }
    if (!progress.isEmpty()) {
      found.add(Finding.rung(this, Rung.GOAL_PROGRESS, "finding.goal-progress.measured", ids(progress)));
    }
    if (!notReady.isEmpty()) {
      List<String> evidence = new ArrayList<>(new java.util.LinkedHashSet<>(notReady));
      found.add(Finding.context(this, "finding.goal-work.while-not-ready", evidence));
      found.add(Finding.reflection(this, "prompt.goal-work-while-not-ready", evidence));
    }
    return found;
  }
}
