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
  /** The earliest instant the library accepts: the start of the year 0001. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  /** The latest instant the library accepts: the end of the year 9999. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  Interval() {}

  /**
   * Whether {@code instant} lies in the range the library accepts, {@link #EARLIEST} to {@link
   * #LATEST}; within it, no time arithmetic of the evaluators can overflow.
   *
   * @param instant an instant
   * @return whether it is in range
   */
  public static boolean isInRange(Instant instant) {
    return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
  }

  /** {@return when it starts} */
  @Value.Parameter
  public abstract Instant start();

  /** {@return when it ends; never before {@link #start()}} */
  @Value.Parameter
  public abstract Instant end();

  /**
   * The interval from {@code start} to {@code end}.
   *
   * @param start when it starts
   * @param end when it ends
   * @return the interval
   *
   * @throws org.holdspace.validation.ValidationException if either is missing or end is before start
   */
  public static Interval of(Instant start, Instant end) {
    return ImmutableInterval.of(start, end);
  }

  /**
   * The interval that starts at {@code start} and lasts {@code length}.
   *
   * @param start when it starts
   * @param length how long it lasts
   * @return the interval
   * @throws org.holdspace.validation.ValidationException if it would end before it starts or outside
   *     the years 0001 to 9999
   */
  public static Interval of(Instant start, Duration length) {
    Instant end;
    try {
      end = start.plus(length);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      end = length.isNegative() ? Instant.MIN : Instant.MAX; // refused by the check, as out of range
    }
    return ImmutableInterval.of(start, end);
  }

  /** {@return how long it lasts} */
  public final Duration length() {
    return Duration.between(start(), end());
  }

  /**
   * Whether {@code instant} lies within it, ends included.
   *
   * @param instant an instant
   * @return whether it lies within
   */
  public final boolean contains(Instant instant) {
    return !instant.isBefore(start()) && !instant.isAfter(end());
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Interval");
    boolean start = v.require(start(), "start") && inRange(v, start(), "start");
    boolean end = v.require(end(), "end") && inRange(v, end(), "end");
    if (start && end && end().isBefore(start())) {
      v.add(CoreViolation.END_BEFORE_START, "end");
    }
    v.throwIfAny();
  }

  private static boolean inRange(Violations v, Instant instant, String path) {
    if (!isInRange(instant)) {
      v.add(CoreViolation.TIME_OUT_OF_RANGE, path);
      return false;
    }
    return true;
  }
}
