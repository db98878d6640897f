package org.holdspace.caregiver;

import java.time.Instant;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;

/**
 * Coaching given to a caregiver: a strategy (a support code, say {@code SensorySupportCodes.DEEP_PRESSURE},
 * or a vendor's) shown by the clinician, tried by the caregiver, or agreed as something to try at
 * home.
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * CaregiverCoaching homework = CaregiverCoaching.builder().id("c1").at(t)
 *     .strategy(SensorySupportCodes.DEEP_PRESSURE).step(CoachingStep.TO_TRY_AT_HOME).build();
 * }</pre>
 */
public interface CaregiverCoaching extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableCaregiverCoachingValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default CaregiverCoaching withId(String id) {
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
  default CaregiverCoaching withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return the strategy coached */
  Code strategy();

  /** @return how far it went */
  CoachingStep step();


  /**
   * Records in {@code violations} what is wrong with {@code caregiverCoaching}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param caregiverCoaching the caregiver coaching to check
   * @param violations where to record what is wrong
   * @param path the path of the caregiver coaching, for example {@code events[3]}, or empty
   */
  static void check(CaregiverCoaching caregiverCoaching, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(caregiverCoaching, violations, path);
    violations.require(caregiverCoaching.strategy(), p + "strategy");
    violations.require(caregiverCoaching.step(), p + "step");
  }

  /** Builds the library's own {@link CaregiverCoaching}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param strategy the strategy coached
     * @return this builder
     */
    Builder strategy(Code strategy);

    /**
     * @param step how far it went
     * @return this builder
     */
    Builder step(CoachingStep step);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the caregiver coaching to copy
     * @return this builder
     */
    Builder from(CaregiverCoaching instance);

    /**
     * @return the caregiver coaching
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    CaregiverCoaching build();
  }
}
