package org.holdspace.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * An ordered set of rules with an id and a version, recorded in every assessment it makes. The
 * library's own is {@link org.holdspace.evaluation.rules.StandardRules#ruleSet()}; vendors add,
 * remove and replace rules, and should rename a set they change:
 *
 * <pre>{@code
 * RuleSet mine = StandardRules.ruleSet()
 *     .without(StandardRules.ARRIVAL_ID)
 *     .with(myRule)
 *     .named("acme.clinic-rules", "2026.1");
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class RuleSet {

  RuleSet() {}

  /**
   * A rule set of {@code rules}, run in the order given.
   *
   * @param id its id, for example {@code acme.clinic}
   * @param version its version
   * @param rules its rules, with distinct ids
   * @return the rule set
   */
  public static RuleSet of(String id, String version, List<? extends Rule> rules) {
    return ImmutableRuleSet.builder().id(id).version(version).addAllRules(rules).build();
  }

  /** {@return the rule set's id} */
  public abstract String id();

  /** {@return the rule set's version} */
  public abstract String version();

  /** {@return the rules, in the order they run; ids are unique} */
  public abstract List<Rule> rules();

  /**
   * This set with {@code rule} added at the end.
   *
   * @param rule a rule whose id is not in this set
   * @return a new set; this one is unchanged
   */
  public final RuleSet with(Rule rule) {
    List<Rule> rules = new ArrayList<>(rules());
    rules.add(rule);
    return of(id(), version(), rules);
  }

  /**
   * This set without the rule whose id is {@code ruleId}; the same set if there is none.
   *
   * @param ruleId a rule's id
   * @return the set without it
   */
  public final RuleSet without(String ruleId) {
    List<Rule> rules = new ArrayList<>(rules());
    rules.removeIf(r -> r.id().equals(ruleId));
    return of(id(), version(), rules);
  }

  /**
   * This set with {@code rule} in place of the rule of the same id (or added, if there is none).
   *
   * @param rule a rule
   * @return a new set; this one is unchanged
   */
  public final RuleSet replacing(Rule rule) {
    List<Rule> rules = new ArrayList<>(rules());
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(rule.id())) {
        rules.set(i, rule);
        return of(id(), version(), rules);
      }
    }
    rules.add(rule);
    return of(id(), version(), rules);
  }

  /**
   * This set under another id and version.
   *
   * @param id the new id
   * @param version the new version
   * @return a new set; this one is unchanged
   */
  public final RuleSet named(String id, String version) {
    return of(id, version, rules());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("RuleSet");
    v.requireId(id(), "id");
    v.requireId(version(), "version");
    if (v.requireElements(rules(), "rules")) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < rules().size(); i++) {
        String ruleId = rules().get(i).id();
        if (v.requireId(ruleId, "rules[" + i + "].id") && !ids.add(ruleId)) {
          v.add(CoreViolation.DUPLICATE_ID, "rules[" + i + "].id");
        }
      }
    }
    v.throwIfAny();
  }
}
