package org.holdspace.evaluation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GasRating;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;

/**
 * Skill practice and goal progress (version 2). Only attempts made while the child was not judged
 * "not ready" count: any of them is practice; one rated above its goal's GAS baseline (default
 * -1, so -1 is practice, not progress), or recorded as partly or fully met, is progress. Attempts
 * made while not ready count neither for nor against the session: they evidence no rung, stay out
 * of the T-score, and raise a reflection about demand and readiness.
 */
final class GoalWorkRule extends StandardRule {

  GoalWorkRule() {
    super(StandardRules.GOAL_WORK_ID, 2);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    if (facts.goalAttempts().isEmpty()) {
      return List.of();
    }
    Map<String, Integer> baselines = new HashMap<>();
    for (Goal g : facts.session().goals()) {
      baselines.put(g.id(), g.gasBaseline());
    }
    List<GoalAttempt> practice = new ArrayList<>();
    List<GoalAttempt> progress = new ArrayList<>();
    Set<String> notReady = new LinkedHashSet<>();
    for (GoalAttempt a : facts.goalAttempts()) {
      if (facts.isNotReadyAt(a.at())) {
        notReady.add(facts.readinessAt(a.at()).get().id());
        notReady.add(a.id());
        continue;
      }
      practice.add(a);
      int baseline = baselines.getOrDefault(a.goalId(), GasRating.DEFAULT_BASELINE);
      boolean aboveBaseline = a.gasLevel().isPresent() && a.gasLevel().getAsInt() > baseline;
      AttemptOutcome outcome = a.outcome().orElse(null);
      if (aboveBaseline || outcome == AttemptOutcome.PARTLY_MET || outcome == AttemptOutcome.MET) {
        progress.add(a);
      }
    }
    List<Finding> found = new ArrayList<>(4);
    if (!practice.isEmpty()) {
      found.add(Finding.rung(this, Rung.SKILL_PRACTICE, "finding.skill-practice.attempts", ids(practice)));
    }
    if (!progress.isEmpty()) {
      found.add(Finding.rung(this, Rung.GOAL_PROGRESS, "finding.goal-progress.measured", ids(progress)));
    }
    if (!notReady.isEmpty()) {
      List<String> evidence = new ArrayList<>(notReady);
      found.add(Finding.context(this, "finding.goal-work.while-not-ready", evidence));
      found.add(Finding.reflection(this, "prompt.goal-work-while-not-ready", evidence));
    }
    return found;
  }
}
