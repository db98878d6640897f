package org.holdspace.evaluation;

import java.util.List;

/**
 * One small, named unit of evaluation with a stable id and a version. A rule reads the facts of a
 * session, gathered once for all rules, and returns its findings. Rules are pure: no clock, no
 * I/O, no shared mutable state.
 *
 * <p>A vendor adds its own rule to a {@link RuleSet}:
 *
 * <pre>{@code
 * Rule hydration = new Rule() {
 *   public String id() { return "acme.hydration"; }
 *   public int version() { return 1; }
 *   public List<Finding> evaluate(SessionFacts facts) {
 *     List<String> ids = SessionEvent.ids(facts.eventsOf(HydrationBreak.class));
 *     return ids.isEmpty() ? List.of() : List.of(Finding.context(this, "acme.hydration.taken", ids));
 *   }
 * };
 * RuleSet rules = StandardRules.ruleSet().with(hydration).named("acme.rules", "2026.1");
 * }</pre>
 */
public interface Rule {

  /** {@return a stable id, for example {@code holdspace.safety}; unique within a rule set} */
  String id();

  /** {@return the rule's version; raise it whenever what the rule finds changes} */
  int version();

  /**
   * What this rule finds in a session.
   *
   * @param facts the session's facts, read-only and shared by all rules
   * @return the findings, possibly none; never null
   */
  List<Finding> evaluate(SessionFacts facts);
}
