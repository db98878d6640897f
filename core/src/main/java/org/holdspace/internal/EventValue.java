package org.holdspace.internal;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The base of the library's event values: their {@code end()}, and the optional parts the
 * evaluation reads ({@link #traits()}), are worked out once, when the value is made, rather than
 * through an {@code Optional} on every call (the evaluation's rules read them for every event,
 * many times). Not part of equality, hashing or {@code toString}. Each subclass also implements
 * its kind's interface (a {@code SessionEvent}), whose {@code at()} and {@code until()} these are.
 */
public abstract class EventValue implements Validated {
  /** For the library's value classes. */
  protected EventValue() {}

  /** {@return when it happened or began} */
  public abstract Instant at();

  /** {@return when it ended, for an event that lasted; empty for a moment} */
  public abstract Optional<Instant> until();

  /** {@return when it ended: {@link #until()} if present, else {@link #at()}} */
  @Value.Derived
  @Value.Auxiliary
  public Instant end() {
    return until().orElse(at());
  }

  /**
   * This value's optional parts that the evaluation reads, encoded by {@link Traits}.
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
   * with {@link Traits}.
   *
   * @return the encoding; 0 by default
   */
  protected int encodeTraits() {
    return 0;
  }
}
