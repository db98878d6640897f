package org.holdspace.demand;

import java.time.Instant;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;

/**
 * Something in the environment that can load a child: noise, light, crowding, novelty,
 * unfamiliar people, a transition.
 * An interface without state: the library's own implementation comes from {@link #builder()}; a
 * vendor may implement it too.
 *
 * <pre>{@code
 * EnvironmentFactor drill = EnvironmentFactor.builder().id("e4").at(t).until(t.plusSeconds(120))
 *     .factor(EnvironmentFactorCodes.NOISE).build();
 * }</pre>
 */
public interface EnvironmentFactor extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableEnvironmentFactorValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default EnvironmentFactor withId(String id) {
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
  default EnvironmentFactor withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return what it was, for example {@link EnvironmentFactorCodes#NOISE} */
  Code factor();


  /**
   * Records in {@code violations} what is wrong with {@code environmentFactor}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param environmentFactor the environment factor to check
   * @param violations where to record what is wrong
   * @param path the path of the environment factor, for example {@code events[3]}, or empty
   */
  static void check(EnvironmentFactor environmentFactor, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(environmentFactor, violations, path);
    violations.require(environmentFactor.factor(), p + "factor");
  }

  /** Builds the library's own {@link EnvironmentFactor}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param factor what it was
     * @return this builder
     */
    Builder factor(Code factor);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the environment factor to copy
     * @return this builder
     */
    Builder from(EnvironmentFactor instance);

    /**
     * @return the environment factor
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    EnvironmentFactor build();
  }
}
