package org.holdspace.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.session.EndReasonKind;
import org.holdspace.session.SessionStatus;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * What value a session had, with evidence: the rungs of the value ladder it reached, a headline,
 * the findings of every rule (with the events that support them), the goal outcome beside it,
 * and the rule set that made it. It holds keys and evidence only; {@link
 * org.holdspace.narrative.Narrator} turns it into text for people.
 *
 * <pre>{@code
 * Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(session);
 * a.headline();            // HARD_DAY_SAFETY_AND_REGULATION
 * a.rungs();               // [SAFETY, REGULATION, CONNECTION]
 * a.incident();            // empty: no sign of harm was recorded
 * a.reflections();         // findings of kind REFLECTION, each with its evidence
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class Assessment {

  Assessment() {}

  /** @return a new builder; evaluators make assessments, codecs and tests may too */
  public static Builder builder() {
    return ImmutableAssessment.builder();
  }

  /** {@return the id of the session assessed} */
  @Value.Parameter
  public abstract String sessionId();

  /** {@return the id of the rule set that made it, for example {@code holdspace.standard}} */
  @Value.Parameter
  public abstract String ruleSetId();

  /** {@return the version of that rule set} */
  @Value.Parameter
  public abstract String ruleSetVersion();

  /** {@return the one-line classification} */
  @Value.Parameter
  public abstract Headline headline();

  /** {@return the rungs evidenced, in ladder order} */
  @Value.Parameter
  public abstract Set<Rung> rungs();

  /**
   * Every finding, in the order of the rules that made them. An assessment made by an {@link
   * Evaluator} makes its {@code Finding} objects the first time this is called (then returns the
   * same list), so a caller that never reads them pays for none.
   *
   * @return the findings, unmodifiable
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /** {@return the goal side, beside the ladder} */
  @Value.Parameter
  public abstract GoalOutcome goalOutcome();

  /** {@return whether and how the session took place} */
  @Value.Parameter
  public abstract SessionStatus status();

  /** {@return the kind of reason it ended as it did, if a reason was given} */
  @Value.Parameter
  public abstract Optional<EndReasonKind> endReasonKind();

  /**
   * Accepted supports reported as helping that a later observation toward regulated agrees with,
   * distinct, in time order: what helped today. A report without that agreement is kept as a
   * context finding ({@code finding.support.reported-helped}), not here.
   *
   * @return the supports, as codes
   */
  @Value.Parameter
  public abstract List<Code> supportsThatHelped();

  /**
   * Accepted supports in place when the child moved toward regulated (covering, or ending shortly
   * before, the start of that observation), distinct, in time order, whether or not an effect was
   * recorded. Being present is not the same as helping.
   *
   * @return the supports, as codes
   */
  @Value.Parameter
  public abstract List<Code> supportsPresentWhenRegulationCame();

  /**
   * What caregivers reported about the time before the session (a short night, an illness, ...),
   * distinct, in time order: information for the clinician, never blame.
   *
   * @return the concerns, as codes
   */
  @Value.Parameter
  public abstract List<Code> caregiverReported();

  /** {@return strategies agreed with a caregiver to try at home, distinct, in time order} */
  @Value.Parameter
  public abstract List<Code> toTryAtHome();

  /** {@return time from the first dysregulation seen to the first regulated observation after it, if both were seen} */
  @Value.Parameter
  public abstract Optional<Duration> timeToRegulate();

  /** {@return the share of the session observed as regulated, 0 to 1, if the session had a length} */
  @Value.Parameter
  public abstract OptionalDouble regulatedShare();

  /** {@return the ids of events of kinds no standard rule reads (a vendor's), kept untouched in the session} */
  @Value.Parameter
  public abstract List<String> unknownEventIds();

  /**
   * The incident, if a sign of possible harm was recorded: the first finding of kind {@link
   * FindingKind#INCIDENT}. A parent summary waits for the clinician's words when there is one.
   *
   * @return the incident finding, if any
   */
  public final Optional<Finding> incident() {
    for (Finding f : findings()) {
      if (f.kind() == FindingKind.INCIDENT) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** {@return the highest rung evidenced, if any} */
  public final Optional<Rung> highestRung() {
    Rung top = null;
    for (Rung r : rungs()) {
      if (top == null || r.compareTo(top) > 0) {
        top = r;
      }
    }
    return Optional.ofNullable(top);
  }

  /**
   * Whether {@code rung} was evidenced.
   *
   * @param rung a rung
   * @return whether it is among {@link #rungs()}
   */
  public final boolean reached(Rung rung) {
    return rungs().contains(rung);
  }

  /**
   * The findings of one kind, in order.
   *
   * @param kind a kind of finding
   * @return the findings of that kind
   */
  public final List<Finding> findings(FindingKind kind) {
    List<Finding> found = new ArrayList<>();
    for (Finding f : findings()) {
      if (f.kind() == kind) {
        found.add(f);
      }
    }
    return found;
  }

  /** {@return the reflection prompts for the clinician: the findings of kind {@link FindingKind#REFLECTION}} */
  public final List<Finding> reflections() {
    return findings(FindingKind.REFLECTION);
  }

  /**
   * The evidence for {@code rung}: the findings that support it.
   *
   * @param rung a rung
   * @return its findings, empty if it was not reached
   */
  public final List<Finding> evidenceFor(Rung rung) {
    List<Finding> found = new ArrayList<>();
    for (Finding f : findings()) {
      if (f.rung().isPresent() && f.rung().get() == rung) {
        found.add(f);
      }
    }
    return found;
  }

  /**
   * Whether {@code o} is an assessment with equal attributes, however each was made (evaluated,
   * built or read).
   *
   * @param o another object
   * @return whether they are equal
   */
  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Assessment)) {
      return false;
    }
    Assessment a = (Assessment) o;
    return sessionId().equals(a.sessionId()) && ruleSetId().equals(a.ruleSetId())
        && ruleSetVersion().equals(a.ruleSetVersion()) && headline() == a.headline() && rungs().equals(a.rungs())
        && findings().equals(a.findings()) && goalOutcome().equals(a.goalOutcome()) && status() == a.status()
        && endReasonKind().equals(a.endReasonKind()) && supportsThatHelped().equals(a.supportsThatHelped())
        && supportsPresentWhenRegulationCame().equals(a.supportsPresentWhenRegulationCame())
        && caregiverReported().equals(a.caregiverReported()) && toTryAtHome().equals(a.toTryAtHome())
        && timeToRegulate().equals(a.timeToRegulate()) && regulatedShare().equals(a.regulatedShare())
        && unknownEventIds().equals(a.unknownEventIds());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + sessionId().hashCode();
    h += (h << 5) + ruleSetId().hashCode();
    h += (h << 5) + ruleSetVersion().hashCode();
    h += (h << 5) + headline().hashCode();
    h += (h << 5) + rungs().hashCode();
    h += (h << 5) + findings().hashCode();
    h += (h << 5) + goalOutcome().hashCode();
    h += (h << 5) + status().hashCode();
    h += (h << 5) + endReasonKind().hashCode();
    h += (h << 5) + supportsThatHelped().hashCode();
    h += (h << 5) + supportsPresentWhenRegulationCame().hashCode();
    h += (h << 5) + caregiverReported().hashCode();
    h += (h << 5) + toTryAtHome().hashCode();
    h += (h << 5) + timeToRegulate().hashCode();
    h += (h << 5) + regulatedShare().hashCode();
    h += (h << 5) + unknownEventIds().hashCode();
    return h;
  }

  /**
   * The attributes, for logs and debugging: ids, codes and keys, as in every {@code toString} of
   * the library, never free text.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder b = new StringBuilder("Assessment{sessionId=").append(sessionId())
        .append(", ruleSetId=").append(ruleSetId()).append(", ruleSetVersion=").append(ruleSetVersion())
        .append(", headline=").append(headline()).append(", rungs=").append(rungs())
        .append(", findings=").append(findings()).append(", goalOutcome=").append(goalOutcome())
        .append(", status=").append(status());
    endReasonKind().ifPresent(k -> b.append(", endReasonKind=").append(k));
    b.append(", supportsThatHelped=").append(supportsThatHelped())
        .append(", supportsPresentWhenRegulationCame=").append(supportsPresentWhenRegulationCame())
        .append(", caregiverReported=").append(caregiverReported()).append(", toTryAtHome=").append(toTryAtHome());
    timeToRegulate().ifPresent(t -> b.append(", timeToRegulate=").append(t));
    if (regulatedShare().isPresent()) {
      b.append(", regulatedShare=").append(regulatedShare().getAsDouble());
    }
    return b.append(", unknownEventIds=").append(unknownEventIds()).append('}').toString();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Assessment");
    v.requireId(sessionId(), "sessionId");
    v.requireId(ruleSetId(), "ruleSetId");
    v.requireId(ruleSetVersion(), "ruleSetVersion");
    v.require(headline(), "headline");
    v.requireElements(rungs(), "rungs");
    v.requireElements(findings(), "findings");
    v.require(goalOutcome(), "goalOutcome");
    v.require(status(), "status");
    v.require(endReasonKind(), "endReasonKind");
    v.requireElements(supportsThatHelped(), "supportsThatHelped");
    v.requireElements(supportsPresentWhenRegulationCame(), "supportsPresentWhenRegulationCame");
    v.requireElements(caregiverReported(), "caregiverReported");
    v.requireElements(toTryAtHome(), "toTryAtHome");
    if (v.require(timeToRegulate(), "timeToRegulate") && timeToRegulate().isPresent()
        && timeToRegulate().get().isNegative()) {
      v.add(CoreViolation.OUT_OF_RANGE, "timeToRegulate");
    }
    if (regulatedShare() == null) {
      v.add(CoreViolation.REQUIRED, "regulatedShare");
    } else if (regulatedShare().isPresent()
        && !(regulatedShare().getAsDouble() >= 0 && regulatedShare().getAsDouble() <= 1)) {
      v.add(CoreViolation.OUT_OF_RANGE, "regulatedShare");
    }
    v.requireElements(unknownEventIds(), "unknownEventIds");
    v.throwIfAny();
  }

  /** Builds an {@link Assessment}; every violation is reported at once. */
  public interface Builder {

    /**
     * @param sessionId the id of the session assessed
     * @return this builder
     */
    Builder sessionId(String sessionId);

    /**
     * @param ruleSetId the id of the rule set that made it
     * @return this builder
     */
    Builder ruleSetId(String ruleSetId);

    /**
     * @param ruleSetVersion the version of that rule set
     * @return this builder
     */
    Builder ruleSetVersion(String ruleSetVersion);

    /**
     * @param headline the headline
     * @return this builder
     */
    Builder headline(Headline headline);

    /**
     * @param status whether and how the session took place
     * @return this builder
     */
    Builder status(SessionStatus status);

    /**
     * @param endReasonKind the kind of reason it ended as it did
     * @return this builder
     */
    Builder endReasonKind(EndReasonKind endReasonKind);

    /**
     * @param endReasonKind the kind of reason, or empty
     * @return this builder
     */
    Builder endReasonKind(Optional<? extends EndReasonKind> endReasonKind);

    /**
     * @param element one more rung evidenced
     * @return this builder
     */
    Builder addRung(Rung element);

    /**
     * @param elements more rung evidenceds
     * @return this builder
     */
    Builder addRungs(Rung... elements);

    /**
     * @param elements more rung evidenceds
     * @return this builder
     */
    Builder addAllRungs(Iterable<Rung> elements);

    /**
     * @param elements the rung evidenceds, replacing any given before
     * @return this builder
     */
    Builder rungs(Iterable<Rung> elements);

    /**
     * @param element one more finding
     * @return this builder
     */
    Builder addFinding(Finding element);

    /**
     * @param elements more findings
     * @return this builder
     */
    Builder addFindings(Finding... elements);

    /**
     * @param elements more findings
     * @return this builder
     */
    Builder addAllFindings(Iterable<? extends Finding> elements);

    /**
     * @param elements the findings, replacing any given before
     * @return this builder
     */
    Builder findings(Iterable<? extends Finding> elements);

    /**
     * @param goalOutcome the goal outcome
     * @return this builder
     */
    Builder goalOutcome(GoalOutcome goalOutcome);

    /**
     * @param element one more support that helped
     * @return this builder
     */
    Builder addSupportsThatHelped(Code element);

    /**
     * @param elements more support that helpeds
     * @return this builder
     */
    Builder addSupportsThatHelped(Code... elements);

    /**
     * @param elements more support that helpeds
     * @return this builder
     */
    Builder addAllSupportsThatHelped(Iterable<? extends Code> elements);

    /**
     * @param elements the support that helpeds, replacing any given before
     * @return this builder
     */
    Builder supportsThatHelped(Iterable<? extends Code> elements);

    /**
     * @param element one more support present when regulation came
     * @return this builder
     */
    Builder addSupportsPresentWhenRegulationCame(Code element);

    /**
     * @param elements more support present when regulation cames
     * @return this builder
     */
    Builder addSupportsPresentWhenRegulationCame(Code... elements);

    /**
     * @param elements more support present when regulation cames
     * @return this builder
     */
    Builder addAllSupportsPresentWhenRegulationCame(Iterable<? extends Code> elements);

    /**
     * @param elements the support present when regulation cames, replacing any given before
     * @return this builder
     */
    Builder supportsPresentWhenRegulationCame(Iterable<? extends Code> elements);

    /**
     * @param element one more concern a caregiver reported
     * @return this builder
     */
    Builder addCaregiverReported(Code element);

    /**
     * @param elements more concern a caregiver reporteds
     * @return this builder
     */
    Builder addCaregiverReported(Code... elements);

    /**
     * @param elements more concern a caregiver reporteds
     * @return this builder
     */
    Builder addAllCaregiverReported(Iterable<? extends Code> elements);

    /**
     * @param elements the concern a caregiver reporteds, replacing any given before
     * @return this builder
     */
    Builder caregiverReported(Iterable<? extends Code> elements);

    /**
     * @param element one more strategy to try at home
     * @return this builder
     */
    Builder addToTryAtHome(Code element);

    /**
     * @param elements more strategy to try at homes
     * @return this builder
     */
    Builder addToTryAtHome(Code... elements);

    /**
     * @param elements more strategy to try at homes
     * @return this builder
     */
    Builder addAllToTryAtHome(Iterable<? extends Code> elements);

    /**
     * @param elements the strategy to try at homes, replacing any given before
     * @return this builder
     */
    Builder toTryAtHome(Iterable<? extends Code> elements);

    /**
     * @param timeToRegulate the time to regulate
     * @return this builder
     */
    Builder timeToRegulate(Duration timeToRegulate);

    /**
     * @param timeToRegulate the time to regulate, or empty
     * @return this builder
     */
    Builder timeToRegulate(Optional<? extends Duration> timeToRegulate);

    /**
     * @param regulatedShare the share of the session regulated
     * @return this builder
     */
    Builder regulatedShare(double regulatedShare);

    /**
     * @param regulatedShare the share of the session regulated, or empty
     * @return this builder
     */
    Builder regulatedShare(OptionalDouble regulatedShare);

    /**
     * @param element one more id of an event no standard rule reads
     * @return this builder
     */
    Builder addUnknownEventId(String element);

    /**
     * @param elements more id of an event no standard rule readss
     * @return this builder
     */
    Builder addUnknownEventIds(String... elements);

    /**
     * @param elements more id of an event no standard rule readss
     * @return this builder
     */
    Builder addAllUnknownEventIds(Iterable<String> elements);

    /**
     * @param elements the id of an event no standard rule readss, replacing any given before
     * @return this builder
     */
    Builder unknownEventIds(Iterable<String> elements);

    /**
     * Sets every field from {@code instance}.
     *
     * @param instance the assessment to copy
     * @return this builder
     */
    Builder from(Assessment instance);

    /**
     * @return the assessment
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    Assessment build();
  }
}
