package org.holdspace.incident;

import java.time.Instant;
import org.holdspace.code.Code;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.timeline.Interval;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * Someone told of an incident, by role, and when: a parent ({@code CaregiverCodes.PARENT}), a
 * supervisor ({@code RoleCodes.SUPERVISOR}) or a vendor's role. Never a person's name.
 *
 * <pre>{@code
 * Notification parent = Notification.of(CaregiverCodes.PARENT, Instant.parse("2026-03-02T10:05:00Z"));
 * }</pre>
 */
@Value.Immutable(builder = false)
@HoldspaceStyle
public abstract class Notification {

  Notification() {}

  /** {@return who was told, by role} */
  @Value.Parameter
  public abstract Code role();

  /** {@return when they were told} */
  @Value.Parameter
  public abstract Instant at();

  /**
   * That someone in {@code role} was told at {@code at}.
   *
   * @param role who was told, by role
   * @param at when
   * @return the notification
   * @throws org.holdspace.validation.ValidationException if either is missing or the time lies
   *     outside the years 0001 to 9999
   */
  public static Notification of(Code role, Instant at) {
    return ImmutableNotification.of(role, at);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Notification");
    v.require(role(), "role");
    if (v.require(at(), "at") && !Interval.isInRange(at())) {
      v.add(CoreViolation.TIME_OUT_OF_RANGE, "at");
    }
    v.throwIfAny();
  }
}
