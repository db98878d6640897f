package org.holdspace.timeline;

import java.time.Duration;
import java.time.Instant;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * A closed span of time on the timeline, from {@link #start()} to {@link #end()} inclusive.
 *
 * <pre>{@code
 * Interval hour = Interval.of(Instant.parse("2026-03-02T09:00:00Z"), Duration.ofHours(1));
 * hour.contains(Instant.parse("2026-03-02T09:30:00Z")); // true
 * }</pre>
 */
@Value.Immutable(builder = false)
@HoldspaceStyle
public abstract class Interval {

  Interval() {}

  /** When it starts. */
  @Value.Parameter
  public abstract Instant start();

  /** When it ends; never before {@link #start()}. */
  @Value.Parameter
  public abstract Instant end();

  /**
   * The interval from {@code start} to {@code end}.
   *
   * @throws org.holdspace.validation.ValidationException if either is missing or end is before start
   */
  public static Interval of(Instant start, Instant end) {
    return ImmutableInterval.of(start, end);
  }

  /** The interval that starts at {@code start} and lasts {@code length}. */
  public static Interval of(Instant start, Duration length) {
    return ImmutableInterval.of(start, start.plus(length));
  }

  /** How long it lasts. */
  public final Duration length() {
    return Duration.between(start(), end());
  }

  /** Whether {@code instant} lies within it, ends included. */
  public final boolean contains(Instant instant) {
    return !instant.isBefore(start()) && !instant.isAfter(end());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Interval");
    if (v.require(start(), "start") & v.require(end(), "end") && end().isBefore(start())) {
      v.add(CoreViolation.END_BEFORE_START, "end");
    }
    v.throwIfAny();
  }
}
