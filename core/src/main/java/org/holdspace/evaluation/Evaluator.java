package org.holdspace.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.RandomAccess;
import java.util.Set;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.CoachingStep;
import org.holdspace.code.Code;
import org.holdspace.evaluation.internal.BufferedRule;
import org.holdspace.evaluation.internal.EventTraits;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.goal.GasRating;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttainmentScale;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.internal.ArrayView;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.EndReasonKind;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says, with evidence, what value a session had. An evaluator is immutable, thread-safe and
 * deterministic: it reads no clock, does no I/O and shares no mutable state, so one instance can
 * serve every thread.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
 * Assessment assessment = evaluator.evaluate(PublicScenario.HARD_DAY.session());
 * assessment.headline(); // HARD_DAY_SAFETY_AND_REGULATION
 * }</pre>
 *
 * <p>Every valid session evaluates without exception. A session that did not take place gets the
 * headline {@link Headline#NOT_HELD} and no findings.
 */
public final class Evaluator {
  private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);
  private static final GoalOutcome NO_GOAL_WORK = GoalOutcome.builder().build();
  /** Every set of rungs, unmodifiable, by the bits of their ordinals: an evaluation makes none. */
  private static final Set<Rung>[] RUNG_SETS = rungSets();

  private final RuleSet ruleSet;
  private final EvaluationConfig config;

  private Evaluator(RuleSet ruleSet, EvaluationConfig config) {
    this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * An evaluator of {@code ruleSet} with the default thresholds.
   *
   * @param ruleSet the rules to apply
   * @return the evaluator
   */
  public static Evaluator of(RuleSet ruleSet) {
    return new Evaluator(ruleSet, EvaluationConfig.defaults());
  }

  /**
   * An evaluator of {@code ruleSet} with the thresholds of {@code config}.
   *
   * @param ruleSet the rules to apply
   * @param config the thresholds
   * @return the evaluator
   */
  public static Evaluator of(RuleSet ruleSet, EvaluationConfig config) {
    return new Evaluator(ruleSet, config);
  }

  /** {@return the rule set} */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** {@return the thresholds} */
  public EvaluationConfig config() {
    return config;
  }

  /**
   * This evaluator with other thresholds.
   *
   * @param config the thresholds
   * @return a new evaluator; this one is unchanged
   */
  public Evaluator withConfig(EvaluationConfig config) {
    return new Evaluator(ruleSet, config);
  }

  /**
   * Evaluates {@code session} without any history of the child's earlier sessions.
   *
   * @param session a valid session
   * @return its assessment
   */
  public Assessment evaluate(Session session) {
    return evaluate(session, ClientHistory.none());
  }

  /**
   * Evaluates {@code session}, comparing it where rules do with the child's recent sessions.
   *
   * @param session a valid session of any implementation
   * @param history the child's recent sessions' measures; {@link ClientHistory#none()} if unknown
   * @return the assessment
   * @throws IllegalStateException if a rule fails or returns null; the message names the rule
   */
  public Assessment evaluate(Session session, ClientHistory history) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(history, "history");
    SessionFacts facts = SessionFacts.of(session, config, history);
    Optional<EndReasonKind> endReasonKind = session.endReason().map(EndReasonCodes::kindOf);
    List<String> unknownEventIds = ids(facts.unknownEvents());
    if (!session.status().isHeld()) {
      return new Assessment(session.id(), ruleSet.id(), ruleSet.version(), Headline.NOT_HELD, Set.of(),
          List.of(), null, NO_GOAL_WORK, session.status(), endReasonKind, List.of(), List.of(), List.of(), List.of(),
          facts.timeToRegulate(), facts.regulatedShare(), unknownEventIds);
    }
    List<Rule> rules = ruleSet.rules();
    // the standard rules put their findings into one buffer; a vendor's rule returns a list.
    // Sized from what a typical session needs: about two ids of evidence per event, 1.5 findings per rule
    FindingBuffer<Finding> into = new FindingBuffer<>(facts.timeline().size() * 2, rules.size() * 3 / 2);
    int vendorRungs = 0;
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      if (rule instanceof BufferedRule) {
        @SuppressWarnings("unchecked") // the standard rules are the only buffered rules: they read facts and make findings
        BufferedRule<SessionFacts, Finding> buffered = (BufferedRule<SessionFacts, Finding>) rule;
        run(buffered, rule, facts, into);
      } else {
        List<Finding> found = run(rule, facts);
        List<Finding> each = found instanceof RandomAccess ? found : new ArrayList<>(found);
        for (int i = 0; i < each.size(); i++) {
          Finding f = each.get(i);
          if (f == null) {
            throw new IllegalStateException("Rule " + rule.id() + " returned a null finding");
          }
          into.put(f);
          if (f.rungOrNull() != null) {
            vendorRungs |= 1 << f.rungOrNull().ordinal();
          }
        }
      }
    }
    Set<Rung> rungs = RUNG_SETS[into.rungMask() | vendorRungs];
    Headline headline = headline(facts, rungs);
    // the findings are made from the buffer when first read; nothing is copied
    Assessment assessment = new Assessment(session.id(), ruleSet.id(), ruleSet.version(), headline,
        rungs, null, into, goalOutcome(facts), session.status(), endReasonKind,
        distinctSupports(facts.corroboratedHelp()), distinctSupports(facts.supportsPresentWhenRegulationCame()),
        caregiverReported(facts), toTryAtHome(facts), facts.timeToRegulate(), facts.regulatedShare(),
        unknownEventIds);
    if (LOG.isDebugEnabled()) {
      LOG.debug("Evaluated session {} with {} {}: {} events, {} findings, headline {}",
          session.id(), ruleSet.id(), ruleSet.version(), facts.timeline().size(), into.count(), headline);
    }
    return assessment;
  }

  /** The ids of {@code events}, in their order, as an unmodifiable list. */
  private static List<String> ids(List<? extends SessionEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    Object[] ids = new Object[events.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = events.get(i).id();
    }
    return ArrayView.owning(ids, ids.length);
  }

  private static List<Finding> run(Rule rule, SessionFacts facts) {
    List<Finding> found;
    try {
      found = rule.evaluate(facts);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Rule " + rule.id() + " v" + rule.version() + " failed", e);
    }
    if (found == null) {
      throw new IllegalStateException("Rule " + rule.id() + " returned null instead of a list");
    }
    return found;
  }

  private static void run(BufferedRule<SessionFacts, Finding> buffered, Rule rule, SessionFacts facts,
      FindingBuffer<Finding> into) {
    try {
      buffered.evaluate(facts, into);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Rule " + rule.id() + " v" + rule.version() + " failed", e);
    }
    if (into.pending() != 0) {
      throw new IllegalStateException("Rule " + rule.id() + " left evidence that no finding cites");
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<Rung>[] rungSets() {
    Rung[] all = Rung.values();
    Set<Rung>[] sets = new Set[1 << all.length];
    for (int mask = 0; mask < sets.length; mask++) {
      EnumSet<Rung> set = EnumSet.noneOf(Rung.class);
      for (Rung rung : all) {
        if ((mask & 1 << rung.ordinal()) != 0) {
          set.add(rung);
        }
      }
      sets[mask] = Collections.unmodifiableSet(set);
    }
    return sets;
  }

  private static Headline headline(SessionFacts facts, Set<Rung> rungs) {
    boolean hardDay = facts.hadHarm()
        || facts.dysregulatedTime().compareTo(facts.config().hardDayDysregulation()) >= 0;
    if (hardDay) {
      boolean safety = rungs.contains(Rung.SAFETY);
      if (rungs.contains(Rung.REGULATION)) {
        return safety ? Headline.HARD_DAY_SAFETY_AND_REGULATION : Headline.HARD_DAY_REGULATION;
      }
      return safety ? Headline.HARD_DAY_SAFETY : Headline.HARD_DAY;
    }
    if (rungs.isEmpty()) {
      return Headline.NOT_DOCUMENTED_ENOUGH;
    }
    if (rungs.contains(Rung.GOAL_PROGRESS)) {
      return Headline.GOAL_PROGRESS;
    }
    return rungs.contains(Rung.SKILL_PRACTICE) ? Headline.SKILL_PRACTICE : Headline.FOUNDATIONS;
  }

  private static GoalOutcome goalOutcome(SessionFacts facts) {
    if (facts.goalAttempts().isEmpty()) {
      return NO_GOAL_WORK;
    }
    List<GoalAttempt> attempts = facts.goalAttempts();
    Object[] attemptIds = new Object[attempts.size()];
    Object[] whileNotReady = null; // made at the first such attempt: most sessions have none
    int notReady = 0;
    // the latest level of each goal, in the order goals were first rated: one goal needs no map
    String onlyGoal = null;
    int onlyLevel = 0;
    Map<String, Integer> levels = null;
    for (int i = 0; i < attempts.size(); i++) {
      GoalAttempt attempt = attempts.get(i);
      attemptIds[i] = attempt.id();
      if (facts.isNotReadyAt(attempt.at())) {
        if (whileNotReady == null) {
          whileNotReady = new Object[attempts.size() - i];
        }
        whileNotReady[notReady++] = attempt.id();
        continue;
      }
      int level = EventTraits.gasLevel(attempt, Integer.MIN_VALUE);
      if (level == Integer.MIN_VALUE) {
        continue;
      }
      if (levels != null) {
        levels.put(attempt.goalId(), level);
      } else if (onlyGoal == null || onlyGoal.equals(attempt.goalId())) {
        onlyGoal = attempt.goalId();
        onlyLevel = level;
      } else {
        levels = new LinkedHashMap<>(4); // a few goals: a small table
        levels.put(onlyGoal, onlyLevel);
        levels.put(attempt.goalId(), level);
      }
    }
    Map<String, Integer> gasLevels = levels != null ? Collections.unmodifiableMap(levels)
        : onlyGoal != null ? Collections.singletonMap(onlyGoal, onlyLevel) : Map.of();
    OptionalDouble tScore = OptionalDouble.empty();
    if (!gasLevels.isEmpty()) {
      List<GasRating> ratings = new ArrayList<>(gasLevels.size());
      for (Goal goal : facts.session().goals()) {
        Integer level = gasLevels.get(goal.id());
        if (level != null) {
          ratings.add(GasRating.of(level, goal.gasWeight()));
        }
      }
      tScore = OptionalDouble.of(GoalAttainmentScale.tScore(ratings));
    }
    // held as made, not copied, as the assessment is
    return new GoalOutcome(ArrayView.owning(attemptIds, attemptIds.length),
        whileNotReady == null ? List.of() : ArrayView.owning(whileNotReady, notReady), gasLevels, tScore);
  }


  private static List<Code> caregiverReported(SessionFacts facts) {
    if (facts.caregiverReports().isEmpty()) {
      return List.of();
    }
    DistinctCodes codes = new DistinctCodes();
    for (CaregiverReport r : facts.caregiverReports()) {
      for (Code concern : r.concerns()) {
        codes.add(concern);
      }
    }
    return codes.toList();
  }

  private static List<Code> toTryAtHome(SessionFacts facts) {
    if (facts.coaching().isEmpty()) {
      return List.of();
    }
    DistinctCodes codes = new DistinctCodes();
    for (CaregiverCoaching c : facts.coaching()) {
      if (c.step() == CoachingStep.TO_TRY_AT_HOME) {
        codes.add(c.strategy());
      }
    }
    return codes.toList();
  }

  private static List<Code> distinctSupports(List<SupportCredit> credits) {
    if (credits.isEmpty()) {
      return List.of();
    }
    DistinctCodes codes = new DistinctCodes();
    for (int i = 0; i < credits.size(); i++) {
      codes.add(credits.get(i).support().support());
    }
    return codes.toList();
  }
}
