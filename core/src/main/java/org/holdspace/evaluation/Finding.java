package org.holdspace.evaluation;

import java.util.List;
import java.util.Optional;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * One thing a rule found, with the evidence for it: the ids of the events that support it, the id
 * and version of the rule, and a message key for its rationale. A finding holds no text for
 * people; {@link org.holdspace.narrative.Narrator} renders it when asked.
 *
 * <pre>{@code
 * Finding f = Finding.rung(rule, Rung.CONNECTION, "finding.connection.observed", List.of("e9"));
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class Finding {

  Finding() {}

  /** A new builder. */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /** Evidence from {@code rule} that {@code rung} was reached. */
  public static Finding rung(Rule rule, Rung rung, String key, List<String> evidence) {
    return builder().ruleId(rule.id()).ruleVersion(rule.version()).kind(FindingKind.RUNG).rung(rung)
        .key(key).evidence(evidence).build();
  }

  /** A reflection prompt from {@code rule}. */
  public static Finding reflection(Rule rule, String key, List<String> evidence) {
    return builder().ruleId(rule.id()).ruleVersion(rule.version()).kind(FindingKind.REFLECTION)
        .key(key).evidence(evidence).build();
  }

  /** Context from {@code rule}. */
  public static Finding context(Rule rule, String key, List<String> evidence) {
    return builder().ruleId(rule.id()).ruleVersion(rule.version()).kind(FindingKind.CONTEXT)
        .key(key).evidence(evidence).build();
  }

  /** The id of the rule that made it, for example {@code holdspace.regulation}. */
  public abstract String ruleId();

  /** The version of that rule. */
  public abstract int ruleVersion();

  /** What the finding is for. */
  public abstract FindingKind kind();

  /** The rung it evidences; present exactly when {@link #kind()} is {@link FindingKind#RUNG}. */
  public abstract Optional<Rung> rung();

  /** The message key of its rationale or prompt, for example {@code prompt.demand-before-escalation}. */
  public abstract String key();

  /** The ids of the session's events that support it, without repeats; may be empty. */
  public abstract List<String> evidence();

  @Value.Check
  void check() {
    Violations v = Violations.of("Finding");
    v.requireId(ruleId(), "ruleId");
    v.requireId(key(), "key");
    v.require(kind(), "kind");
    v.requireElements(evidence(), "evidence");
    if (v.require(rung(), "rung") && kind() != null && rung().isPresent() != (kind() == FindingKind.RUNG)) {
      v.add(CoreViolation.REQUIRED, "rung");
    }
    v.throwIfAny();
  }
}
