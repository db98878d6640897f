package org.holdspace.internal;

import java.time.Instant;
import org.holdspace.timeline.SessionEvent;
import org.immutables.value.Value;

/**
 * The base of the library's event values: their {@link #end()}, and the optional parts the
 * evaluation reads ({@link #traits()}), are worked out once, when the value is made, rather than
 * through an {@code Optional} on every call (the evaluation's rules read them for every event,
 * many times). Not part of equality, hashing or {@code toString}.
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

  /**
   * This value's optional parts that the evaluation reads, encoded by {@link EventTraits}.
   *
   * @return the encoding; 0 if there is nothing to encode
   */
  @Value.Derived
  @Value.Auxiliary
  public int traits() {
    return encodeTraits();
  }

  /**
   * What {@link #traits()} holds: a value with optional parts the evaluation reads encodes them
   * with {@link EventTraits}.
   *
   * @return the encoding; 0 by default
   */
  protected int encodeTraits() {
    return 0;
  }
}
