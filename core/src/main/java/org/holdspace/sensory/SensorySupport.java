package org.holdspace.sensory;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;

/**
 * A strategy offered to help regulation: what it was, the sensory systems it targets, alerting or
 * calming, whether the child accepted it, and the effect seen. An interface without state: the
 * library's own implementation comes from {@link #builder()}; a vendor may implement it too.
 *
 * <pre>{@code
 * SensorySupport pressure = SensorySupport.builder()
 *     .id("e5").at(start.plusSeconds(600))
 *     .support(SensorySupportCodes.DEEP_PRESSURE)
 *     .addSystem(SensorySystem.PROPRIOCEPTIVE)
 *     .quality(SupportQuality.CALMING)
 *     .response(SupportResponse.ACCEPTED)
 *     .effect(SupportEffect.HELPED)
 *     .build();
 * }</pre>
 */
public interface SensorySupport extends SessionEvent {

  /** @return a new builder of the library's own implementation */
  static Builder builder() {
    return ImmutableSensorySupportValue.builder();
  }

  /**
   * A copy under another id, everything else equal. The copy is the library's own value of this
   * kind, whatever class this one is.
   *
   * @param id the new id
   * @return the copy
   * @throws org.holdspace.validation.ValidationException if the id is not a valid id
   */
  default SensorySupport withId(String id) {
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
  default SensorySupport withAt(Instant at) {
    return builder().from(this).at(at).build();
  }

  /** @return what was offered, for example {@link SensorySupportCodes#DEEP_PRESSURE} */
  Code support();

  /** @return the sensory systems it targets; may be empty if not recorded */
  Set<SensorySystem> systems();

  /** @return whether it was meant to alert or to calm, if recorded */
  Optional<SupportQuality> quality();

  /** @return whether the child accepted it */
  SupportResponse response();

  /** @return the effect seen, as the clinician reported it, if recorded */
  Optional<SupportEffect> effect();

  /**
   * Records in {@code violations} what is wrong with {@code support}, an implementation of any
   * origin: its id and times, and its fields.
   *
   * @param support the support to check
   * @param violations where to record what is wrong
   * @param path the path of the support, for example {@code events[3]}, or empty
   */
  static void check(SensorySupport support, Violations violations, String path) {
    String p = path.isEmpty() ? "" : path + ".";
    EventConstraints.check(support, violations, path);
    violations.require(support.support(), p + "support");
    violations.requireElements(support.systems(), p + "systems");
    violations.require(support.quality(), p + "quality");
    violations.require(support.response(), p + "response");
    violations.require(support.effect(), p + "effect");
  }

  /** Builds the library's own {@link SensorySupport}; every violation is reported at once. */
  interface Builder extends SessionEvent.Builder<Builder> {

    /**
     * @param support what was offered
     * @return this builder
     */
    Builder support(Code support);

    /**
     * @param element one more sensory system it targets
     * @return this builder
     */
    Builder addSystem(SensorySystem element);

    /**
     * @param elements more sensory systems it targets
     * @return this builder
     */
    Builder addSystems(SensorySystem... elements);

    /**
     * @param elements more sensory systems it targets
     * @return this builder
     */
    Builder addAllSystems(Iterable<SensorySystem> elements);

    /**
     * @param elements the sensory systems it targets, replacing any given before
     * @return this builder
     */
    Builder systems(Iterable<SensorySystem> elements);

    /**
     * @param quality alerting or calming
     * @return this builder
     */
    Builder quality(SupportQuality quality);

    /**
     * @param quality alerting or calming, or empty
     * @return this builder
     */
    Builder quality(Optional<? extends SupportQuality> quality);

    /**
     * @param response whether the child accepted it
     * @return this builder
     */
    Builder response(SupportResponse response);

    /**
     * @param effect the effect seen
     * @return this builder
     */
    Builder effect(SupportEffect effect);

    /**
     * @param effect the effect seen, or empty
     * @return this builder
     */
    Builder effect(Optional<? extends SupportEffect> effect);

    /**
     * Sets every field from {@code instance}, of any implementation.
     *
     * @param instance the support to copy
     * @return this builder
     */
    Builder from(SensorySupport instance);

    /**
     * @return the support
     * @throws org.holdspace.validation.ValidationException listing every missing or invalid field
     */
    SensorySupport build();
  }
}
