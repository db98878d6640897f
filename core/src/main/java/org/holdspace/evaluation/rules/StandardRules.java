package org.holdspace.evaluation.rules;

import java.util.List;
import org.holdspace.evaluation.Rule;
import org.holdspace.evaluation.RuleSet;

/**
 * The library's standard rules (rule set version 3): one for each rung of the value ladder, one
 * for each reflection prompt, and two for context (coaching, how the session ended). Version 3
 * holds a session that ends in crisis as an incident, tells how each session ended, names the kind
 * of connection sign, and raises the unchanged-dysregulation prompt once per stretch. Their ids are stable; a rule's version rises whenever what it finds changes.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
 * }</pre>
 *
 * <table>
 *   <caption>Standard rules</caption>
 *   <tr><th>id</th><th>finds</th></tr>
 *   <tr><td>{@value #SAFETY_ID}</td><td>safety; the incident and a reflection on signs of harm</td></tr>
 *   <tr><td>{@value #REGULATION_ID}</td><td>regulation; supports present when it came; help reported but not corroborated</td></tr>
 *   <tr><td>{@value #CONNECTION_ID}</td><td>connection</td></tr>
 *   <tr><td>{@value #ENGAGEMENT_ID}</td><td>engagement</td></tr>
 *   <tr><td>{@value #GOAL_WORK_ID}</td><td>skill practice, goal progress; goal work while not ready</td></tr>
 *   <tr><td>{@value #ARRIVAL_ID}</td><td>a reflection when the child arrived dysregulated, with a caregiver's report if any</td></tr>
 *   <tr><td>{@value #DEMAND_BEFORE_ESCALATION_ID}</td><td>a reflection when demand rose shortly before an escalation</td></tr>
 *   <tr><td>{@value #ENVIRONMENT_LOAD_ID}</td><td>a reflection on environment load during dysregulation</td></tr>
 *   <tr><td>{@value #DYSREGULATION_WITHOUT_SUPPORT_ID}</td><td>a reflection on distress that nothing answered near its start</td></tr>
 *   <tr><td>{@value #UNCHANGED_DYSREGULATION_ID}</td><td>a reflection on sensory needs and the environment after long, unchanging dysregulation</td></tr>
 *   <tr><td>{@value #SUPPORTS_WITHOUT_EFFECT_ID}</td><td>a reflection on supports without visible effect</td></tr>
 *   <tr><td>{@value #TIME_TO_REGULATE_ID}</td><td>a reflection when regulating took much longer than recently</td></tr>
 *   <tr><td>{@value #COACHING_ID}</td><td>context: coaching given to caregivers, and what to try at home</td></tr>
 *   <tr><td>{@value #ENDING_ID}</td><td>context: the state the session ended in</td></tr>
 * </table>
 */
public final class StandardRules {
  /** The standard rule set's id. */
  public static final String RULE_SET_ID = "holdspace.standard";
  /** The standard rule set's version. */
  public static final String RULE_SET_VERSION = "3";

  /** Id of the safety rule. */
  public static final String SAFETY_ID = "holdspace.safety";
  /** Id of the regulation rule. */
  public static final String REGULATION_ID = "holdspace.regulation";
  /** Id of the connection rule. */
  public static final String CONNECTION_ID = "holdspace.connection";
  /** Id of the engagement rule. */
  public static final String ENGAGEMENT_ID = "holdspace.engagement";
  /** Id of the rule for skill practice and goal progress. */
  public static final String GOAL_WORK_ID = "holdspace.goal-work";
  /** Id of the arrival reflection. */
  public static final String ARRIVAL_ID = "holdspace.arrival";
  /** Id of the demand-before-escalation reflection. */
  public static final String DEMAND_BEFORE_ESCALATION_ID = "holdspace.demand-before-escalation";
  /** Id of the environment-load reflection. */
  public static final String ENVIRONMENT_LOAD_ID = "holdspace.environment-load";
  /** Id of the reflection on dysregulation without support. */
  public static final String DYSREGULATION_WITHOUT_SUPPORT_ID = "holdspace.dysregulation-without-support";
  /** Id of the reflection on long, unchanging dysregulation (sensory needs and environment). */
  public static final String UNCHANGED_DYSREGULATION_ID = "holdspace.unchanged-dysregulation";
  /** Id of the reflection on supports without visible effect. */
  public static final String SUPPORTS_WITHOUT_EFFECT_ID = "holdspace.supports-without-effect";
  /** Id of the context on coaching given to caregivers. */
  public static final String COACHING_ID = "holdspace.coaching";
  /** Id of the reflection on a longer time to regulate. */
  public static final String TIME_TO_REGULATE_ID = "holdspace.time-to-regulate";
  /** Id of the context on how the session ended. */
  public static final String ENDING_ID = "holdspace.ending";

  /** The safety rule. */
  public static final Rule SAFETY = new SafetyRule();
  /** The regulation rule. */
  public static final Rule REGULATION = new RegulationRule();
  /** The connection rule. */
  public static final Rule CONNECTION = new ConnectionRule();
  /** The engagement rule. */
  public static final Rule ENGAGEMENT = new EngagementRule();
  /** The rule for skill practice and goal progress. */
  public static final Rule GOAL_WORK = new GoalWorkRule();
  /** The arrival reflection. */
  public static final Rule ARRIVAL = new ArrivalRule();
  /** The demand-before-escalation reflection. */
  public static final Rule DEMAND_BEFORE_ESCALATION = new DemandBeforeEscalationRule();
  /** The environment-load reflection. */
  public static final Rule ENVIRONMENT_LOAD = new EnvironmentLoadRule();
  /** The reflection on dysregulation without support. */
  public static final Rule DYSREGULATION_WITHOUT_SUPPORT = new DysregulationWithoutSupportRule();
  /** The reflection on long, unchanging dysregulation. */
  public static final Rule UNCHANGED_DYSREGULATION = new UnchangedDysregulationRule();
  /** The reflection on supports without visible effect. */
  public static final Rule SUPPORTS_WITHOUT_EFFECT = new SupportsWithoutEffectRule();
  /** The context on coaching given to caregivers. */
  public static final Rule COACHING = new CoachingRule();
  /** The reflection on a longer time to regulate. */
  public static final Rule TIME_TO_REGULATE = new TimeToRegulateRule();
  /** The context on how the session ended. */
  public static final Rule ENDING = new EndingRule();

  private static final RuleSet STANDARD = RuleSet.of(RULE_SET_ID, RULE_SET_VERSION, List.of(
      SAFETY, REGULATION, CONNECTION, ENGAGEMENT, GOAL_WORK, ARRIVAL, DEMAND_BEFORE_ESCALATION,
      ENVIRONMENT_LOAD, DYSREGULATION_WITHOUT_SUPPORT, UNCHANGED_DYSREGULATION, SUPPORTS_WITHOUT_EFFECT, TIME_TO_REGULATE, COACHING,
      ENDING));

  private StandardRules() {}

  /** {@return the standard rule set, {@value #RULE_SET_ID} version {@value #RULE_SET_VERSION}} */
  public static RuleSet ruleSet() {
    return STANDARD;
  }
}
