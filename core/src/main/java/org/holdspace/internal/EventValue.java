package org.holdspace.internal;

import java.time.Instant;
import org.holdspace.timeline.SessionEvent;
import org.immutables.value.Value;

/**
 * The base of the library's event values: their {@link #end()} is worked out once, when the value
 * is made, rather than through an {@code Optional} on every call (the evaluation's rules read it
 * for every event, many times). Not part of equality, hashing or {@code toString}.
 */
public abstract class EventValue implements SessionEvent, Validated {
  /** For the library's value classes. */
  protected EventValue() {}

  @Value.Derived
  @Value.Auxiliary
  @Override
  public Instant end() {
    return SessionEvent.super.end();
  }
}
