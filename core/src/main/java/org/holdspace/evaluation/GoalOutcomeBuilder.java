package org.holdspace.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.holdspace.goal.GasRating;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;

/** The library's {@link GoalOutcome.Builder}: it keeps what it is given, then checks it all at once. */
final class GoalOutcomeBuilder implements GoalOutcome.Builder {
  private List<String> attemptIds = List.of();
  private List<String> attemptsWhileNotReady = List.of();
  private Map<String, Integer> gasLevels = Map.of();
  private OptionalDouble tScore = OptionalDouble.empty();

  @Override
  public GoalOutcome.Builder attemptIds(Iterable<String> ids) {
    this.attemptIds = AssessmentBuilder.listOf(ids);
    return this;
  }

  @Override
  public GoalOutcome.Builder attemptsWhileNotReady(Iterable<String> ids) {
    this.attemptsWhileNotReady = AssessmentBuilder.listOf(ids);
    return this;
  }

  @Override
  public GoalOutcome.Builder gasLevels(Map<String, ? extends Integer> levels) {
    this.gasLevels = new LinkedHashMap<>(Objects.requireNonNull(levels, "levels")); // nulls reported when built
    return this;
  }

  @Override
  public GoalOutcome.Builder tScore(double tScore) {
    this.tScore = OptionalDouble.of(tScore);
    return this;
  }

  @Override
  public GoalOutcome.Builder tScore(OptionalDouble tScore) {
    this.tScore = Objects.requireNonNull(tScore, "tScore");
    return this;
  }

  @Override
  public GoalOutcome.Builder from(GoalOutcome g) {
    return attemptIds(g.attemptIds()).attemptsWhileNotReady(g.attemptsWhileNotReady()).gasLevels(g.gasLevels())
        .tScore(g.tScore());
  }

  @Override
  public GoalOutcome build() {
    Violations v = Violations.of("GoalOutcome");
    v.requireElements(attemptIds, "attemptIds");
    v.requireElements(attemptsWhileNotReady, "attemptsWhileNotReady");
    int i = 0;
    for (Map.Entry<String, Integer> level : gasLevels.entrySet()) {
      if (level.getKey() == null) {
        v.add(CoreViolation.REQUIRED, "gasLevels[" + i + "]");
      } else if (level.getValue() == null || !GasRating.isValidLevel(level.getValue())) {
        v.add(CoreViolation.GAS_LEVEL_OUT_OF_RANGE, "gasLevels[" + i + "]");
      }
      i++;
    }
    if (tScore.isPresent() && !Double.isFinite(tScore.getAsDouble())) {
      v.add(CoreViolation.OUT_OF_RANGE, "tScore");
    }
    v.throwIfAny();
    return new GoalOutcome(List.copyOf(attemptIds), List.copyOf(attemptsWhileNotReady),
        Collections.unmodifiableMap(new LinkedHashMap<>(gasLevels)), tScore);
  }
}
