package org.holdspace.readiness;

import java.time.Instant;
import java.util.Set;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;

/**
 * A judgement of whether the child is ready for goal-directed work at this moment, the
 * indicators it rests on, and who made it.
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * ReadinessAssessment ready = ReadinessAssessment.builder()
 *     .id("e1").at(start).assessedBy("t-3")
 *     .level(ReadinessLevel.READY)
 *     .addIndicatorsMet(ReadinessIndicator.REGULATED, ReadinessIndicator.ENGAGED)
 *     .build();
 * }</pre>
 */
public interface ReadinessAssessment extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableReadinessAssessmentValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default ReadinessAssessment withId(String id) {
    return builder().from(this).id(id).build();
  }

  /**
   * A copy that begins at another time, everything else equal (its end, if any, included). The
   * copy is the library's own value of this kind, whatever class this one is.
   *
   * @param at the new start
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the copy would end before it begins
   */
  default ReadinessAssessment withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return the level judged */
  ReadinessLevel level();

  /** @return the indicators seen as met */
  Set<ReadinessIndicator> indicatorsMet();

  /** @return the indicators seen as not met */
  Set<ReadinessIndicator> indicatorsNotMet();

  /** @return an opaque id of who judged it; identifying: the library's implementation redacts it in {@code toString()} */
  String assessedBy();


  /**
   * Records in {@code violations} what is wrong with {@code readinessAssessment}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param readinessAssessment the readiness assessment to check
   * @param violations where to record what is wrong
   * @param path the path of the readiness assessment, for example {@code events[3]}, or empty
   */
  static void check(ReadinessAssessment readinessAssessment, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(readinessAssessment, violations, path);
    violations.require(readinessAssessment.level(), p + "level");
    violations.requireId(readinessAssessment.assessedBy(), p + "assessedBy");
    boolean known = violations.requireElements(readinessAssessment.indicatorsMet(), p + "indicatorsMet")
        & violations.requireElements(readinessAssessment.indicatorsNotMet(), p + "indicatorsNotMet");
    if (known) {
      for (ReadinessIndicator i : readinessAssessment.indicatorsMet()) {
        if (readinessAssessment.indicatorsNotMet().contains(i)) {
          violations.add(CoreViolation.INDICATOR_CONTRADICTION, p + "indicatorsNotMet");
          break;
        }
      }
    }
  }

  /** Builds the library's own {@link ReadinessAssessment}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param level the level judged
     * @return this builder
     */
    Builder level(ReadinessLevel level);

    /**
     * @param element one more indicator seen as met
     * @return this builder
     */
    Builder addIndicatorsMet(ReadinessIndicator element);

    /**
     * @param elements more indicator seen as mets
     * @return this builder
     */
    Builder addIndicatorsMet(ReadinessIndicator... elements);

    /**
     * @param elements more indicator seen as mets
     * @return this builder
     */
    Builder addAllIndicatorsMet(Iterable<ReadinessIndicator> elements);

    /**
     * @param elements the indicator seen as mets, replacing any given before
     * @return this builder
     */
    Builder indicatorsMet(Iterable<ReadinessIndicator> elements);

    /**
     * @param element one more indicator seen as not met
     * @return this builder
     */
    Builder addIndicatorsNotMet(ReadinessIndicator element);

    /**
     * @param elements more indicator seen as not mets
     * @return this builder
     */
    Builder addIndicatorsNotMet(ReadinessIndicator... elements);

    /**
     * @param elements more indicator seen as not mets
     * @return this builder
     */
    Builder addAllIndicatorsNotMet(Iterable<ReadinessIndicator> elements);

    /**
     * @param elements the indicator seen as not mets, replacing any given before
     * @return this builder
     */
    Builder indicatorsNotMet(Iterable<ReadinessIndicator> elements);

    /**
     * @param assessedBy an opaque id of who judged it
     * @return this builder
     */
    Builder assessedBy(String assessedBy);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the readiness assessment to copy
     * @return this builder
     */
    Builder from(ReadinessAssessment instance);

    /**
     * @return the readiness assessment
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    ReadinessAssessment build();
  }
}
