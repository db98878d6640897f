package org.holdspace.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.session.EndReasonKind;
import org.holdspace.session.SessionStatus;

/**
 * The assessment the {@link Evaluator} makes: the same attributes as a built one, held as the
 * evaluation made them instead of copied, and its findings made from the evaluation's {@link
 * FindingBuffer} when first asked for. Every part comes from a validated session and rule set and
 * is computed by the library, so it is not checked again; every list and set is unmodifiable.
 * Equal to a built or read assessment with equal attributes ({@link Assessment#equals}).
 *
 * <p>Immutable and safe to share: the findings, made at most once per thread that races to ask,
 * are equal whichever thread made them, and are published through a list of final fields.
 */
final class EvaluatedAssessment extends Assessment {
  private final String sessionId;
  private final String ruleSetId;
  private final String ruleSetVersion;
  private final Headline headline;
  private final Set<Rung> rungs;
  private final FindingBuffer<Finding> buffer;
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
  /** Made from {@link #buffer} on first use (a racy single check: the list is immutable). */
  private List<Finding> findings;

  /** The parts, in {@link Assessment}'s order; {@code buffer} null for an assessment without findings. */
  EvaluatedAssessment(String sessionId, String ruleSetId, String ruleSetVersion, Headline headline, Set<Rung> rungs,
      FindingBuffer<Finding> buffer, GoalOutcome goalOutcome, SessionStatus status, Optional<EndReasonKind> endReasonKind,
      List<Code> supportsThatHelped, List<Code> supportsPresentWhenRegulationCame, List<Code> caregiverReported,
      List<Code> toTryAtHome, Optional<Duration> timeToRegulate, OptionalDouble regulatedShare,
      List<String> unknownEventIds) {
    this.sessionId = sessionId;
    this.ruleSetId = ruleSetId;
    this.ruleSetVersion = ruleSetVersion;
    this.headline = headline;
    this.rungs = rungs;
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
    this.findings = buffer == null ? List.of() : null;
  }

  @Override
  public String sessionId() {
    return sessionId;
  }

  @Override
  public String ruleSetId() {
    return ruleSetId;
  }

  @Override
  public String ruleSetVersion() {
    return ruleSetVersion;
  }

  @Override
  public Headline headline() {
    return headline;
  }

  @Override
  public Set<Rung> rungs() {
    return rungs;
  }

  @Override
  public List<Finding> findings() {
    List<Finding> made = findings;
    if (made == null) {
      made = buffer.findings();
      findings = made;
    }
    return made;
  }

  @Override
  public GoalOutcome goalOutcome() {
    return goalOutcome;
  }

  @Override
  public SessionStatus status() {
    return status;
  }

  @Override
  public Optional<EndReasonKind> endReasonKind() {
    return endReasonKind;
  }

  @Override
  public List<Code> supportsThatHelped() {
    return supportsThatHelped;
  }

  @Override
  public List<Code> supportsPresentWhenRegulationCame() {
    return supportsPresentWhenRegulationCame;
  }

  @Override
  public List<Code> caregiverReported() {
    return caregiverReported;
  }

  @Override
  public List<Code> toTryAtHome() {
    return toTryAtHome;
  }

  @Override
  public Optional<Duration> timeToRegulate() {
    return timeToRegulate;
  }

  @Override
  public OptionalDouble regulatedShare() {
    return regulatedShare;
  }

  @Override
  public List<String> unknownEventIds() {
    return unknownEventIds;
  }
}
