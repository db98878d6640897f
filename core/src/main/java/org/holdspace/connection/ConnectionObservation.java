package org.holdspace.connection;

import java.time.Instant;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;

/**
 * A sign of trust and relationship: comfort accepted, proximity sought, attention shared, a
 * return after withdrawing.
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * ConnectionObservation leaned = ConnectionObservation.builder().id("e9").at(t)
 *     .sign(ConnectionSignCodes.ACCEPTED_COMFORT).build();
 * }</pre>
 */
public interface ConnectionObservation extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableConnectionObservationValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default ConnectionObservation withId(String id) {
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
  default ConnectionObservation withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return what was seen, for example {@link ConnectionSignCodes#SOUGHT_PROXIMITY} */
  Code sign();


  /**
   * Records in {@code violations} what is wrong with {@code connectionObservation}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param connectionObservation the connection observation to check
   * @param violations where to record what is wrong
   * @param path the path of the connection observation, for example {@code events[3]}, or empty
   */
  static void check(ConnectionObservation connectionObservation, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(connectionObservation, violations, path);
    violations.require(connectionObservation.sign(), p + "sign");
  }

  /** Builds the library's own {@link ConnectionObservation}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param sign what was seen
     * @return this builder
     */
    Builder sign(Code sign);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the connection observation to copy
     * @return this builder
     */
    Builder from(ConnectionObservation instance);

    /**
     * @return the connection observation
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    ConnectionObservation build();
  }
}
