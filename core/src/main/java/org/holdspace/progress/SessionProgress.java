package org.holdspace.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/** The readiness-based measures of one session, one row of a {@link ProgressReport}. */
@Value.Immutable
@HoldspaceStyle
public abstract class SessionProgress {

  SessionProgress() {}

  /** A new builder. */
  static ImmutableSessionProgress.Builder builder() {
    return ImmutableSessionProgress.builder();
  }

  /** {@return the session's id} */
  public abstract String sessionId();

  /** {@return when it started} */
  public abstract Instant start();

  /**
   * From the first dysregulation seen to the first regulated observation after it; the whole
   * session when the child was dysregulated and never regulated ({@link #neverRegulated()}); empty
   * when no dysregulation was seen.
   *
   * @return the time to regulate, if any
   */
  public abstract Optional<Duration> timeToRegulate();

  /**
   * {@return whether the child was seen dysregulated and never regulated afterwards: it counts as taking the whole session}
   */
  @Value.Default
  public boolean neverRegulated() {
    return false;
  }

  /** {@return the share of the session observed as regulated, if regulation was observed} */
  public abstract OptionalDouble regulatedShare();

  /** {@return the highest readiness level judged during the session, if any was} */
  public abstract Optional<ReadinessLevel> highestReadiness();

  @Value.Check
  void check() {
    Violations v = Violations.of("SessionProgress");
    v.requireId(sessionId(), "sessionId");
    v.require(start(), "start");
    v.require(timeToRegulate(), "timeToRegulate");
    v.require(highestReadiness(), "highestReadiness");
    v.throwIfAny();
  }
}
