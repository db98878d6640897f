package org.holdspace.readiness;

import java.util.Set;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * A judgement of whether the child is ready for goal-directed work at this moment, the
 * indicators it rests on, and who made it.
 *
 * <pre>{@code
 * ReadinessAssessment ready = ReadinessAssessment.builder()
 *     .id("e1").at(start).assessedBy("t-3")
 *     .level(ReadinessLevel.READY)
 *     .addIndicatorsMet(ReadinessIndicator.REGULATED, ReadinessIndicator.ENGAGED)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class ReadinessAssessment implements SessionEvent {

  ReadinessAssessment() {}

  /** A new builder. */
  public static ImmutableReadinessAssessment.Builder builder() {
    return ImmutableReadinessAssessment.builder();
  }

  /** The level judged. */
  public abstract ReadinessLevel level();

  /** Indicators seen as met. */
  public abstract Set<ReadinessIndicator> indicatorsMet();

  /** Indicators seen as not met. */
  public abstract Set<ReadinessIndicator> indicatorsNotMet();

  /** An opaque id of who judged it. Identifying: redacted in {@code toString()}. */
  @Value.Redacted
  public abstract String assessedBy();

  @Value.Check
  void check() {
    Violations v = Violations.of("ReadinessAssessment");
    EventConstraints.check(this, v, "");
    v.require(level(), "level");
    v.requireId(assessedBy(), "assessedBy");
    boolean known = v.requireElements(indicatorsMet(), "indicatorsMet")
        & v.requireElements(indicatorsNotMet(), "indicatorsNotMet");
    for (ReadinessIndicator i : known ? indicatorsMet() : java.util.Set.<ReadinessIndicator>of()) {
      if (indicatorsNotMet().contains(i)) {
        v.add(CoreViolation.INDICATOR_CONTRADICTION, "indicatorsNotMet");
        break;
      }
    }
    v.throwIfAny();
  }
}
