package org.holdspace.connection;

import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.internal.EventValue;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The library's own {@link ConnectionObservation}; generated, not public. */
@Value.Immutable
@HoldspaceStyle
abstract class ConnectionObservationValue extends EventValue implements ConnectionObservation {

  /** The generated builder implements it, so that users see only {@link ConnectionObservation.Builder}. */
  interface Builder extends ConnectionObservation.Builder {}

  @Value.Check
  void check() {
    Violations v = Violations.of("ConnectionObservation");
    ConnectionObservation.check(this, v, "");
    v.throwIfAny();
  }
}
