package org.holdspace.evaluation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.EventTraits;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GasRating;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.readiness.ReadinessAssessment;

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
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    List<GoalAttempt> attempts = facts.goalAttempts();
    if (attempts.isEmpty()) {
      return;
    }
    boolean[] whileNotReady = new boolean[attempts.size()];
    for (int i = 0; i < attempts.size(); i++) {
      GoalAttempt a = attempts.get(i);
      if (facts.isNotReadyAt(a.at())) {
        whileNotReady[i] = true;
      } else {
        into.add(a.id());
      }
    }
    if (into.pending() > 0) {
      into.rung(this, Rung.SKILL_PRACTICE, FindingKeys.SKILL_PRACTICE_ATTEMPTS);
    }
    Baselines baselines = new Baselines(facts.session().goals());
    for (int i = 0; i < attempts.size(); i++) {
      GoalAttempt a = attempts.get(i);
      if (!whileNotReady[i] && isProgress(a, baselines.of(a.goalId()))) {
        into.add(a.id());
      }
    }
    if (into.pending() > 0) {
      into.rung(this, Rung.GOAL_PROGRESS, FindingKeys.GOAL_PROGRESS_MEASURED);
    }
    // each readiness assessment in force once, before the first attempt made under it; the one in
    // force only moves forward in time, so a repeated one follows itself
    ReadinessAssessment previous = null;
    for (int i = 0; i < attempts.size(); i++) {
      if (whileNotReady[i]) {
        GoalAttempt a = attempts.get(i);
        ReadinessAssessment inForce = facts.readinessAt(a.at()).get();
        if (inForce != previous) {
          into.add(inForce.id());
          previous = inForce;
        }
        into.add(a.id());
      }
    }
    if (into.pending() > 0) {
      into.context(this, FindingKeys.GOAL_WORK_WHILE_NOT_READY);
      into.reflectionOnSameEvidence(this, FindingKeys.PROMPT_GOAL_WORK_WHILE_NOT_READY);
    }
  }

  private static boolean isProgress(GoalAttempt a, int baseline) {
    // a level is at least -2, so "not rated" reads as below every baseline
    boolean aboveBaseline = EventTraits.gasLevel(a, Integer.MIN_VALUE) > baseline;
    AttemptOutcome outcome = EventTraits.outcome(a);
    return aboveBaseline || outcome == AttemptOutcome.PARTLY_MET || outcome == AttemptOutcome.MET;
  }

  /** Each goal's GAS baseline by its id: a scan over a few goals, a map over many. */
  private static final class Baselines {
    private static final int SCANNED = 16;
    private final List<Goal> goals;
    private final Map<String, Integer> byId;

    Baselines(List<Goal> goals) {
      this.goals = goals;
      if (goals.size() <= SCANNED) {
        this.byId = null;
      } else {
        this.byId = new HashMap<>();
        for (Goal g : goals) {
          byId.put(g.id(), g.gasBaseline());
        }
      }
    }

    int of(String goalId) {
      if (byId != null) {
        return byId.getOrDefault(goalId, GasRating.DEFAULT_BASELINE);
      }
      for (int i = 0; i < goals.size(); i++) {
        if (goals.get(i).id().equals(goalId)) {
          return goals.get(i).gasBaseline();
        }
      }
      return GasRating.DEFAULT_BASELINE;
    }
  }
}
