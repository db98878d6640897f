package org.holdspace.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.session.EndReasonKind;
import org.holdspace.session.SessionStatus;

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
 *
 * <p>One implementation, whoever makes it: the {@link Evaluator} hands over its parts as made
 * (computed by the library from a validated session, so not checked or copied again), with its
 * findings still in the evaluation's buffer, made when first read; {@link #builder()} checks and
 * copies what it is given. Immutable and safe to share: findings made by threads that race to
 * read them first are equal, and are published through a list of final fields.
 *
 * <p>About 430 lines, for a reason: this is the whole public face of a value with sixteen
 * attributes, their documentation, the queries over its findings and its builder's contract;
 * the builder's work is in {@code AssessmentBuilder}.
 */
public final class Assessment {
  private final String sessionId;
  private final String ruleSetId;
  private final String ruleSetVersion;
  private final Headline headline;
  private final Set<Rung> rungs;
  /** The evaluation's buffer, the findings made from it when first read; null when they were given. */
  private final FindingBuffer<Finding> buffer;
  /** The findings, once made or as given (a racy single check: the list is immutable). */
  private List<Finding> findings;
  private final GoalOutcome goalOutcome;
  private final SessionStatus status;
  private final Optional<EndReasonKind> endReasonKind;
  private final List<Code> supportsThatHelped;
  private final List<Code> supportsPresentWhenRegulationCame;
  private final List<Code> caregiverReported;
  private final List<Code> toTryAtHome;
  private final Optional<Duration> timeToRegulate;
  private final OptionalDouble regulatedShare;
  private final List<String> unknownEventIds;

  /**
   * The parts, in the order of the getters, each valid and unmodifiable; the findings given as a
   * list, or made from {@code buffer} when first read (then {@code findings} is null).
   */
  Assessment(String sessionId, String ruleSetId, String ruleSetVersion, Headline headline, Set<Rung> rungs,
      List<Finding> findings, FindingBuffer<Finding> buffer, GoalOutcome goalOutcome, SessionStatus status,
      Optional<EndReasonKind> endReasonKind, List<Code> supportsThatHelped,
      List<Code> supportsPresentWhenRegulationCame, List<Code> caregiverReported, List<Code> toTryAtHome,
      Optional<Duration> timeToRegulate, OptionalDouble regulatedShare, List<String> unknownEventIds) {
    this.sessionId = sessionId;
    this.ruleSetId = ruleSetId;
    this.ruleSetVersion = ruleSetVersion;
    this.headline = headline;
    this.rungs = rungs;
    this.findings = findings;
    this.buffer = buffer;
    this.goalOutcome = goalOutcome;
    this.status = status;
    this.endReasonKind = endReasonKind;
    this.supportsThatHelped = supportsThatHelped;
    this.supportsPresentWhenRegulationCame = supportsPresentWhenRegulationCame;
    this.caregiverReported = caregiverReported;
    this.toTryAtHome = toTryAtHome;
    this.timeToRegulate = timeToRegulate;
    this.regulatedShare = regulatedShare;
    this.unknownEventIds = unknownEventIds;
  }

  /** @return a new builder; evaluators make assessments, codecs and tests may build them */
  public static Builder builder() {
    return new AssessmentBuilder();
  }

  /** {@return the id of the session assessed} */
  public String sessionId() {
    return sessionId;
  }

  /** {@return the id of the rule set that made it, for example {@code holdspace.standard}} */
  public String ruleSetId() {
    return ruleSetId;
  }

  /** {@return the version of that rule set} */
  public String ruleSetVersion() {
    return ruleSetVersion;
  }

  /** {@return the one-line classification} */
  public Headline headline() {
    return headline;
  }

  /** {@return the rungs evidenced, in ladder order} */
  public Set<Rung> rungs() {
    return rungs;
  }

  /**
   * Every finding, in the order of the rules that made them. An assessment made by an {@link
   * Evaluator} makes its {@code Finding} objects the first time this is called (then returns the
   * same list), so a caller that never reads them pays for none.
   *
   * @return the findings, unmodifiable
   */
  public List<Finding> findings() {
    List<Finding> made = findings;
    if (made == null) {
      made = buffer.findings();
      findings = made;
    }
    return made;
  }

  /** {@return the goal side, beside the ladder} */
  public GoalOutcome goalOutcome() {
    return goalOutcome;
  }

  /** {@return whether and how the session took place} */
  public SessionStatus status() {
    return status;
  }

  /** {@return the kind of reason it ended as it did, if a reason was given} */
  public Optional<EndReasonKind> endReasonKind() {
    return endReasonKind;
  }

  /**
   * Accepted supports reported as helping that a later observation toward regulated agrees with,
   * distinct, in time order: what helped today. A report without that agreement is kept as a
   * context finding ({@code finding.support.reported-helped}), not here.
   *
   * @return the supports, as codes
   */
  public List<Code> supportsThatHelped() {
    return supportsThatHelped;
  }

  /**
   * Accepted supports in place when the child moved toward regulated (covering, or ending shortly
   * before, the start of that observation), distinct, in time order, whether or not an effect was
   * recorded. Being present is not the same as helping.
   *
   * @return the supports, as codes
   */
  public List<Code> supportsPresentWhenRegulationCame() {
    return supportsPresentWhenRegulationCame;
  }

  /**
   * What caregivers reported about the time before the session (a short night, an illness, ...),
   * distinct, in time order: information for the clinician, never blame.
   *
   * @return the concerns, as codes
   */
  public List<Code> caregiverReported() {
    return caregiverReported;
  }

  /** {@return strategies agreed with a caregiver to try at home, distinct, in time order} */
  public List<Code> toTryAtHome() {
    return toTryAtHome;
  }

  /** {@return time from the first dysregulation seen to the first regulated observation after it, if both were seen} */
  public Optional<Duration> timeToRegulate() {
    return timeToRegulate;
  }

  /** {@return the share of the session observed as regulated, 0 to 1, if the session had a length} */
  public OptionalDouble regulatedShare() {
    return regulatedShare;
  }

  /** {@return the ids of events of kinds no standard rule reads (a vendor's), kept untouched in the session} */
  public List<String> unknownEventIds() {
    return unknownEventIds;
  }

  /**
   * The incident, if a sign of possible harm was recorded: the first finding of kind {@link
   * FindingKind#INCIDENT}. A parent summary waits for the clinician's words when there is one.
   *
   * @return the incident finding, if any
   */
  public Optional<Finding> incident() {
    for (Finding f : findings()) {
      if (f.kind() == FindingKind.INCIDENT) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** {@return the highest rung evidenced, if any} */
  public Optional<Rung> highestRung() {
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
  public boolean reached(Rung rung) {
    return rungs().contains(rung);
  }

  /**
   * The findings of one kind, in order.
   *
   * @param kind a kind of finding
   * @return the findings of that kind
   */
  public List<Finding> findings(FindingKind kind) {
    List<Finding> found = new ArrayList<>();
    for (Finding f : findings()) {
      if (f.kind() == kind) {
        found.add(f);
      }
    }
    return found;
  }

  /** {@return the reflection prompts for the clinician: the findings of kind {@link FindingKind#REFLECTION}} */
  public List<Finding> reflections() {
    return findings(FindingKind.REFLECTION);
  }

  /**
   * The evidence for {@code rung}: the findings that support it.
   *
   * @param rung a rung
   * @return its findings, empty if it was not reached
   */
  public List<Finding> evidenceFor(Rung rung) {
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
  public boolean equals(Object o) {
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
  public int hashCode() {
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
  public String toString() {
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

  /**
   * Builds an {@link Assessment}; every violation is reported at once, in one {@link
   * org.holdspace.validation.ValidationException}. A list given replaces what was given before.
   * Evaluators make assessments; codecs and tests build them.
   */
  public interface Builder {
    /** @param sessionId the id of the session assessed
     *  @return this builder */
    Builder sessionId(String sessionId);

    /** @param ruleSetId the id of the rule set that made it
     *  @return this builder */
    Builder ruleSetId(String ruleSetId);

    /** @param ruleSetVersion the version of that rule set
     *  @return this builder */
    Builder ruleSetVersion(String ruleSetVersion);

    /** @param headline the headline
     *  @return this builder */
    Builder headline(Headline headline);

    /** @param rungs the rungs evidenced
     *  @return this builder */
    Builder rungs(Iterable<Rung> rungs);

    /** @param findings the findings, in the order of the rules that made them
     *  @return this builder */
    Builder findings(Iterable<? extends Finding> findings);

    /** @param goalOutcome the goal outcome
     *  @return this builder */
    Builder goalOutcome(GoalOutcome goalOutcome);

    /** @param status whether and how the session took place
     *  @return this builder */
    Builder status(SessionStatus status);

    /** @param endReasonKind the kind of reason it ended as it did
     *  @return this builder */
    Builder endReasonKind(EndReasonKind endReasonKind);

    /** @param endReasonKind the kind of reason, or empty
     *  @return this builder */
    Builder endReasonKind(Optional<? extends EndReasonKind> endReasonKind);

    /** @param supports the supports that helped
     *  @return this builder */
    Builder supportsThatHelped(Iterable<? extends Code> supports);

    /** @param supports the supports present when regulation came
     *  @return this builder */
    Builder supportsPresentWhenRegulationCame(Iterable<? extends Code> supports);

    /** @param concerns what caregivers reported
     *  @return this builder */
    Builder caregiverReported(Iterable<? extends Code> concerns);

    /** @param strategies the strategies to try at home
     *  @return this builder */
    Builder toTryAtHome(Iterable<? extends Code> strategies);

    /** @param timeToRegulate the time to regulate
     *  @return this builder */
    Builder timeToRegulate(Duration timeToRegulate);

    /** @param timeToRegulate the time to regulate, or empty
     *  @return this builder */
    Builder timeToRegulate(Optional<? extends Duration> timeToRegulate);

    /** @param regulatedShare the share of the session regulated, 0 to 1
     *  @return this builder */
    Builder regulatedShare(double regulatedShare);

    /** @param regulatedShare the share of the session regulated, or empty
     *  @return this builder */
    Builder regulatedShare(OptionalDouble regulatedShare);

    /** @param ids the ids of events no standard rule reads
     *  @return this builder */
    Builder unknownEventIds(Iterable<String> ids);

    /** @param instance the assessment whose every part to copy
     *  @return this builder */
    Builder from(Assessment instance);

    /** @return the assessment
     *  @throws org.holdspace.validation.ValidationException listing every missing or invalid part */
    Assessment build();
  }
}
