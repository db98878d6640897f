package org.holdspace.caregiver;

import java.time.Instant;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;

/**
 * The handover at the end of a session: who the child was handed to, by role ({@link
 * CaregiverCodes} for a caregiver, {@link RoleCodes} for anyone else, or a vendor's code), never by
 * name. Its time is the handover's.
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * Handover handover = Handover.builder().id("h1").at(end).to(CaregiverCodes.PARENT).build();
 * }</pre>
 */
public interface Handover extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableHandoverValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default Handover withId(String id) {
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
  default Handover withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return who the child was handed to, by role */
  Code to();

  /**
   * Records in {@code violations} what is wrong with {@code handover}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param handover the handover to check
   * @param violations where to record what is wrong
   * @param path the path of the handover, for example {@code events[3]}, or empty
   */
  static void check(Handover handover, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(handover, violations, path);
    violations.require(handover.to(), p + "to");
  }

  /** Builds the library's own {@link Handover}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param to who the child was handed to, by role
     * @return this builder
     */
    Builder to(Code to);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the handover to copy
     * @return this builder
     */
    Builder from(Handover instance);

    /**
     * @return the handover
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    Handover build();
  }
}
