package org.holdspace.sensory;

import java.util.Optional;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.timeline.SessionEvent;

/**
 * A strategy offered to help regulation: what it was, the sensory systems it targets, alerting or
 * calming, whether the child accepted it, and the effect seen. Evaluators accept any
 * implementation; the library's own is {@link SupportOffer}, built with {@link #builder()}:
 *
 * <pre>{@code
 * SensorySupport pressure = SensorySupport.builder()
 *     .id("e5").at(start.plusSeconds(600))
 *     .support(SupportCodes.DEEP_PRESSURE)
 *     .addSystem(SensorySystem.PROPRIOCEPTIVE)
 *     .quality(SupportQuality.CALMING)
 *     .response(SupportResponse.ACCEPTED)
 *     .effect(SupportEffect.HELPED)
 *     .build();
 * }</pre>
 */
public interface SensorySupport extends SessionEvent {

  /** A new builder for the library's own support type. */
  static ImmutableSupportOffer.Builder builder() {
    return ImmutableSupportOffer.builder();
  }

  /** What was offered, for example {@link SupportCodes#DEEP_PRESSURE}. */
  Code support();

  /** The sensory systems it targets; may be empty if not recorded. */
  Set<SensorySystem> systems();

  /** Whether it was meant to alert or to calm, if recorded. */
  Optional<SupportQuality> quality();

  /** Whether the child accepted it. */
  SupportResponse response();

  /** The effect seen, if recorded. */
  Optional<SupportEffect> effect();
}
