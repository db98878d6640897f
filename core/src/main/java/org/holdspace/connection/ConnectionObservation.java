package org.holdspace.connection;

import org.holdspace.code.Code;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * A sign of trust and relationship: comfort accepted, proximity sought, attention shared, a
 * return after withdrawing.
 *
 * <pre>{@code
 * ConnectionObservation leaned = ConnectionObservation.builder().id("e9").at(t)
 *     .sign(ConnectionSigns.ACCEPTED_COMFORT).build();
 * }</pre>
 */
@Value.Immutable
@HoldspaceStyle
public abstract class ConnectionObservation implements SessionEvent {

  ConnectionObservation() {}

  /** A new builder. */
  public static ImmutableConnectionObservation.Builder builder() {
    return ImmutableConnectionObservation.builder();
  }

  /** What was seen, for example {@link ConnectionSigns#SOUGHT_PROXIMITY}. */
  public abstract Code sign();

  @Value.Check
  void check() {
    Violations v = Violations.of("ConnectionObservation");
    EventConstraints.check(this, v, "");
    v.require(sign(), "sign");
    v.throwIfAny();
  }
}
