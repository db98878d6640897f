package org.holdspace.progress;

import java.util.List;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * A child's progress across sessions, measured by readiness, never against a calendar: time to
 * regulate, share of each session regulated, readiness, and which supports tend to help.
 * Made by {@link Progress#of}.
 */
@Value.Immutable
@HoldspaceStyle
public abstract class ProgressReport {

  ProgressReport() {}

  /** A new builder. */
  static ImmutableProgressReport.Builder builder() {
    return ImmutableProgressReport.builder();
  }

  /** {@return the child's opaque id. Identifying: redacted in {@code toString()}} */
  @Value.Redacted
  public abstract String clientId();

  /** {@return one row per session that took place, in time order} */
  public abstract List<SessionProgress> sessions();

  /** {@return the ids of sessions that did not take place (cancelled, no-show), which measure nothing} */
  public abstract List<String> notHeld();

  /** {@return time to regulate across sessions: {@link Direction#DOWN} means it got shorter} */
  public abstract Direction timeToRegulate();

  /** {@return share of each session regulated, across sessions} */
  public abstract Direction regulatedShare();

  /** {@return highest readiness reached in each session, across sessions} */
  public abstract Direction readiness();

  /** {@return every support offered, most often offered first (ties in order of first use)} */
  public abstract List<SupportTally> supportProfile();

  @Value.Check
  void check() {
    Violations v = Violations.of("ProgressReport");
    v.requireId(clientId(), "clientId");
    v.requireElements(sessions(), "sessions");
    v.requireElements(notHeld(), "notHeld");
    v.require(timeToRegulate(), "timeToRegulate");
    v.require(regulatedShare(), "regulatedShare");
    v.require(readiness(), "readiness");
    v.requireElements(supportProfile(), "supportProfile");
    v.throwIfAny();
  }
}
