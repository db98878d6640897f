package org.holdspace.caregiver;

import java.time.Instant;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;

/**
 * A caregiver in the session: present from the start or joining, for as long as {@link #until()}
 * says, and who they are ({@link CaregiverCodes}).
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * CaregiverPresence mum = CaregiverPresence.builder().id("p1").at(start).until(start.plusSeconds(3600))
 *     .caregiver(CaregiverCodes.PARENT).build();
 * }</pre>
 */
public interface CaregiverPresence extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableCaregiverPresenceValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default CaregiverPresence withId(String id) {
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
  default CaregiverPresence withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return who the caregiver is, for example {@link CaregiverCodes#PARENT} */
  Code caregiver();


  /**
   * Records in {@code violations} what is wrong with {@code caregiverPresence}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param caregiverPresence the caregiver presence to check
   * @param violations where to record what is wrong
   * @param path the path of the caregiver presence, for example {@code events[3]}, or empty
   */
  static void check(CaregiverPresence caregiverPresence, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(caregiverPresence, violations, path);
    violations.require(caregiverPresence.caregiver(), p + "caregiver");
  }

  /** Builds the library's own {@link CaregiverPresence}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param caregiver who the caregiver is
     * @return this builder
     */
    Builder caregiver(Code caregiver);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the caregiver presence to copy
     * @return this builder
     */
    Builder from(CaregiverPresence instance);

    /**
     * @return the caregiver presence
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    CaregiverPresence build();
  }
}
