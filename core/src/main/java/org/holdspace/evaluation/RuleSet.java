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

  /** A rule set of {@code rules}, run in the order given. */
  public static RuleSet of(String id, String version, List<? extends Rule> rules) {
    return ImmutableRuleSet.builder().id(id).version(version).addAllRules(rules).build();
  }

  /** The rule set's id. */
  public abstract String id();

  /** The rule set's version. */
  public abstract String version();

  /** The rules, in the order they run; ids are unique. */
  public abstract List<Rule> rules();

  /** This set with {@code rule} added at the end. */
  public final RuleSet with(Rule rule) {
    List<Rule> rules = new ArrayList<>(rules());
    rules.add(rule);
    return of(id(), version(), rules);
  }

  /** This set without the rule whose id is {@code ruleId}; the same set if there is none. */
  public final RuleSet without(String ruleId) {
    List<Rule> rules = new ArrayList<>(rules());
    rules.removeIf(r -> r.id().equals(ruleId));
    return of(id(), version(), rules);
  }

  /** This set with {@code rule} in place of the rule of the same id (or added, if there is none). */
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

  /** This set under another id and version. */
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
