package org.holdspace.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.holdspace.code.Code;
import org.holdspace.session.EndReasonKind;
import org.holdspace.session.SessionStatus;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;

/** The library's {@link Assessment.Builder}: it keeps what it is given, then checks it all at once. */
final class AssessmentBuilder implements Assessment.Builder {
  private String sessionId;
  private String ruleSetId;
  private String ruleSetVersion;
  private Headline headline;
  private List<Rung> rungs = List.of();
  private List<Finding> findings = List.of();
  private GoalOutcome goalOutcome;
  private SessionStatus status;
  private Optional<EndReasonKind> endReasonKind = Optional.empty();
  private List<Code> supportsThatHelped = List.of();
  private List<Code> supportsPresentWhenRegulationCame = List.of();
  private List<Code> caregiverReported = List.of();
  private List<Code> toTryAtHome = List.of();
  private Optional<Duration> timeToRegulate = Optional.empty();
  private OptionalDouble regulatedShare = OptionalDouble.empty();
  private List<String> unknownEventIds = List.of();

  @Override
  public Assessment.Builder sessionId(String sessionId) {
    this.sessionId = sessionId;
    return this;
  }

  @Override
  public Assessment.Builder ruleSetId(String ruleSetId) {
    this.ruleSetId = ruleSetId;
    return this;
  }

  @Override
  public Assessment.Builder ruleSetVersion(String ruleSetVersion) {
    this.ruleSetVersion = ruleSetVersion;
    return this;
  }

  @Override
  public Assessment.Builder headline(Headline headline) {
    this.headline = headline;
    return this;
  }

  @Override
  public Assessment.Builder rungs(Iterable<Rung> rungs) {
    this.rungs = listOf(rungs);
    return this;
  }

  @Override
  public Assessment.Builder findings(Iterable<? extends Finding> findings) {
    this.findings = listOf(findings);
    return this;
  }

  @Override
  public Assessment.Builder goalOutcome(GoalOutcome goalOutcome) {
    this.goalOutcome = goalOutcome;
    return this;
  }

  @Override
  public Assessment.Builder status(SessionStatus status) {
    this.status = status;
    return this;
  }

  @Override
  public Assessment.Builder endReasonKind(EndReasonKind endReasonKind) {
    this.endReasonKind = Optional.of(Objects.requireNonNull(endReasonKind, "endReasonKind"));
    return this;
  }

  @Override
  public Assessment.Builder endReasonKind(Optional<? extends EndReasonKind> endReasonKind) {
    this.endReasonKind = Objects.requireNonNull(endReasonKind, "endReasonKind").map(k -> k);
    return this;
  }

  @Override
  public Assessment.Builder supportsThatHelped(Iterable<? extends Code> supports) {
    this.supportsThatHelped = listOf(supports);
    return this;
  }

  @Override
  public Assessment.Builder supportsPresentWhenRegulationCame(Iterable<? extends Code> supports) {
    this.supportsPresentWhenRegulationCame = listOf(supports);
    return this;
  }

  @Override
  public Assessment.Builder caregiverReported(Iterable<? extends Code> concerns) {
    this.caregiverReported = listOf(concerns);
    return this;
  }

  @Override
  public Assessment.Builder toTryAtHome(Iterable<? extends Code> strategies) {
    this.toTryAtHome = listOf(strategies);
    return this;
  }

  @Override
  public Assessment.Builder timeToRegulate(Duration timeToRegulate) {
    this.timeToRegulate = Optional.of(Objects.requireNonNull(timeToRegulate, "timeToRegulate"));
    return this;
  }

  @Override
  public Assessment.Builder timeToRegulate(Optional<? extends Duration> timeToRegulate) {
    this.timeToRegulate = Objects.requireNonNull(timeToRegulate, "timeToRegulate").map(t -> t);
    return this;
  }

  @Override
  public Assessment.Builder regulatedShare(double regulatedShare) {
    this.regulatedShare = OptionalDouble.of(regulatedShare);
    return this;
  }

  @Override
  public Assessment.Builder regulatedShare(OptionalDouble regulatedShare) {
    this.regulatedShare = Objects.requireNonNull(regulatedShare, "regulatedShare");
    return this;
  }

  @Override
  public Assessment.Builder unknownEventIds(Iterable<String> ids) {
    this.unknownEventIds = listOf(ids);
    return this;
  }

  @Override
  public Assessment.Builder from(Assessment a) {
    return sessionId(a.sessionId()).ruleSetId(a.ruleSetId()).ruleSetVersion(a.ruleSetVersion())
        .headline(a.headline()).rungs(a.rungs()).findings(a.findings()).goalOutcome(a.goalOutcome())
        .status(a.status()).endReasonKind(a.endReasonKind()).supportsThatHelped(a.supportsThatHelped())
        .supportsPresentWhenRegulationCame(a.supportsPresentWhenRegulationCame())
        .caregiverReported(a.caregiverReported()).toTryAtHome(a.toTryAtHome()).timeToRegulate(a.timeToRegulate())
        .regulatedShare(a.regulatedShare()).unknownEventIds(a.unknownEventIds());
  }

  @Override
  public Assessment build() {
    Violations v = Violations.of("Assessment");
    v.requireId(sessionId, "sessionId");
    v.requireId(ruleSetId, "ruleSetId");
    v.requireId(ruleSetVersion, "ruleSetVersion");
    v.require(headline, "headline");
    v.requireElements(rungs, "rungs");
    v.requireElements(findings, "findings");
    v.require(goalOutcome, "goalOutcome");
    v.require(status, "status");
    v.requireElements(supportsThatHelped, "supportsThatHelped");
    v.requireElements(supportsPresentWhenRegulationCame, "supportsPresentWhenRegulationCame");
    v.requireElements(caregiverReported, "caregiverReported");
    v.requireElements(toTryAtHome, "toTryAtHome");
    if (timeToRegulate.isPresent() && timeToRegulate.get().isNegative()) {
      v.add(CoreViolation.OUT_OF_RANGE, "timeToRegulate");
    }
    if (regulatedShare.isPresent() && !(regulatedShare.getAsDouble() >= 0 && regulatedShare.getAsDouble() <= 1)) {
      v.add(CoreViolation.OUT_OF_RANGE, "regulatedShare");
    }
    v.requireElements(unknownEventIds, "unknownEventIds");
    checkRungsAgree(v);
    v.throwIfAny();
    EnumSet<Rung> ladder = EnumSet.noneOf(Rung.class); // in ladder order
    ladder.addAll(rungs);
    return new Assessment(sessionId, ruleSetId, ruleSetVersion, headline, Collections.unmodifiableSet(ladder),
        List.copyOf(findings), null, goalOutcome, status, endReasonKind, List.copyOf(supportsThatHelped),
        List.copyOf(supportsPresentWhenRegulationCame), List.copyOf(caregiverReported), List.copyOf(toTryAtHome),
        timeToRegulate, regulatedShare, List.copyOf(unknownEventIds));
  }

  /**
   * The rungs and the rung findings agree, as in every assessment the evaluator makes: each rung
   * finding's rung is among the rungs, and each rung has a finding that evidences it.
   */
  private void checkRungsAgree(Violations v) {
    EnumSet<Rung> evidenced = EnumSet.noneOf(Rung.class);
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f != null && f.rungOrNull() != null) {
        evidenced.add(f.rungOrNull());
        if (!rungs.contains(f.rungOrNull())) {
          v.add(CoreViolation.RUNG_NOT_HELD, "findings[" + i + "].rung");
        }
      }
    }
    for (int i = 0; i < rungs.size(); i++) {
      if (rungs.get(i) != null && !evidenced.contains(rungs.get(i))) {
        v.add(CoreViolation.RUNG_WITHOUT_EVIDENCE, "rungs[" + i + "]");
      }
    }
  }

  /** The elements, nulls kept (the build reports them with every other violation); for every builder here. */
  static <T> List<T> listOf(Iterable<? extends T> elements) {
    Objects.requireNonNull(elements, "elements");
    List<T> list = new ArrayList<>();
    for (T e : elements) {
      list.add(e);
    }
    return list;
  }
}
