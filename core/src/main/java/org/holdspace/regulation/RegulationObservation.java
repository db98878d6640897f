package org.holdspace.regulation;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;

/**
 * The child's regulation state, seen at a moment or over an interval: an arousal band, the signs
 * seen, and how regulation was happening. An interface without state: the library's own
 * implementation comes from {@link #builder()}; a vendor may implement it too.
 *
 * <pre>{@code
 * RegulationObservation shutdown = RegulationObservation.builder()
 *     .id("e3").at(start.plusSeconds(300)).until(start.plusSeconds(1500))
 *     .band(ArousalBand.SHUT_DOWN)
 *     .addSign(RegulationSignCodes.WITHDRAWAL).addSign(RegulationSignCodes.FLAT_AFFECT)
 *     .mode(RegulationMode.CO_REGULATED)
 *     .build();
 * }</pre>
 */
public interface RegulationObservation extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableRegulationObservationValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default RegulationObservation withId(String id) {
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
  default RegulationObservation withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return the arousal band observed */
  ArousalBand band();

  /** @return the signs seen, for example {@link RegulationSignCodes#CRYING}; may be empty */
  Set<Code> signs();

  /** @return how regulation was happening, if recorded */
  Optional<RegulationMode> mode();

  /** @return the clinician's own vocabulary for this state (a zone colour, say), if used */
  Optional<Code> label();

  /**
   * Records in {@code violations} what is wrong with {@code observation}, an implementation of
   * any origin: its id and times, and its fields. The library's builder applies it; a session
   * applies it to every observation it holds.
   *
   * @param observation the observation to check
   * @param violations where to record what is wrong
   * @param path the path of the observation, for example {@code events[3]}, or empty
   */
  static void check(RegulationObservation observation, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(observation, violations, path);
    violations.require(observation.band(), p + "band");
    violations.requireElements(observation.signs(), p + "signs");
    violations.require(observation.mode(), p + "mode");
    violations.require(observation.label(), p + "label");
  }

  /** Builds the library's own {@link RegulationObservation}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param band the arousal band observed
     * @return this builder
     */
    Builder band(ArousalBand band);

    /**
     * @param element one more sign seen
     * @return this builder
     */
    Builder addSign(Code element);

    /**
     * @param elements more signs seen
     * @return this builder
     */
    Builder addSigns(Code... elements);

    /**
     * @param elements more signs seen
     * @return this builder
     */
    Builder addAllSigns(Iterable<? extends Code> elements);

    /**
     * @param elements the signs seen, replacing any given before
     * @return this builder
     */
    Builder signs(Iterable<? extends Code> elements);

    /**
     * @param mode how regulation was happening
     * @return this builder
     */
    Builder mode(RegulationMode mode);

    /**
     * @param mode how regulation was happening, or empty
     * @return this builder
     */
    Builder mode(Optional<? extends RegulationMode> mode);

    /**
     * @param label the clinician's own vocabulary for this state
     * @return this builder
     */
    Builder label(Code label);

    /**
     * @param label the clinician's own vocabulary for this state, or empty
     * @return this builder
     */
    Builder label(Optional<? extends Code> label);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the observation to copy
     * @return this builder
     */
    Builder from(RegulationObservation instance);

    /**
     * @return the observation
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    RegulationObservation build();
  }
}
