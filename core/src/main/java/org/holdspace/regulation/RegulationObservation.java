package org.holdspace.regulation;

import java.util.Optional;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * The child's regulation state, seen at a moment or over an interval: an arousal band, the signs
 * seen, and how regulation was happening.
 *
 * <pre>{@code
 * RegulationObservation shutdown = RegulationObservation.builder()
 *     .id("e3").at(start.plusSeconds(300)).until(start.plusSeconds(1500))
 *     .band(ArousalBand.SHUT_DOWN)
 *     .addSign(RegulationSigns.WITHDRAWAL).addSign(RegulationSigns.FLAT_AFFECT)
 *     .mode(RegulationMode.CO_REGULATED)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class RegulationObservation implements SessionEvent {

  RegulationObservation() {}

  /** A new builder. */
  public static ImmutableRegulationObservation.Builder builder() {
    return ImmutableRegulationObservation.builder();
  }

  /** The arousal band observed. */
  public abstract ArousalBand band();

  /** The signs seen, for example {@link RegulationSigns#CRYING}; may be empty. */
  public abstract Set<Code> signs();

  /** How regulation was happening, if recorded. */
  public abstract Optional<RegulationMode> mode();

  /** The clinician's own vocabulary for this state (a zone colour, say), if used. */
  public abstract Optional<Code> label();

  @Value.Check
  void check() {
    Violations v = Violations.of("RegulationObservation");
    EventConstraints.check(this, v, "");
    v.require(band(), "band");
    v.requireElements(signs(), "signs");
    v.require(mode(), "mode");
    v.require(label(), "label");
    v.throwIfAny();
  }
}
