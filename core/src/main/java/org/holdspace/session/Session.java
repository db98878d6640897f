package org.holdspace.session;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.holdspace.code.Code;
import org.holdspace.goal.Goal;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;
import org.immutables.value.Value;

/**
 * One therapy encounter: opaque ids, discipline, planned and actual time, status, the goals in
 * scope and a timeline of what was observed and done. Evaluators accept any implementation.
 *
 * <p>The library's own implementation is {@link TherapySession}; build one with {@link #builder()}:
 *
 * <pre>{@code
 * Session session = Session.builder()
 *     .id("s-1042").clientId("c-77").clinicianId("t-3")
 *     .discipline(Disciplines.OCCUPATIONAL_THERAPY)
 *     .planned(Interval.of(start, Duration.ofHours(1)))
 *     .actual(Interval.of(start, Duration.ofHours(1)))
 *     .status(SessionStatus.COMPLETED)
 *     .addEvent(RegulationObservation.builder().id("e1").at(start)
 *         .band(ArousalBand.ESCALATED).addSign(RegulationSigns.CRYING).build())
 *     .build();
 * }</pre>
 *
 * <p>A vendor writes its own {@code @Value.Immutable} type that extends this interface, with
 * fields of its own; the session constraints ({@link SessionConstraints}) apply to it through
 * {@link #checkSession()}.
 */
public interface Session {

  /** A new builder for the library's own session type. */
  static ImmutableTherapySession.Builder builder() {
    return ImmutableTherapySession.builder();
  }

  /** An opaque id of the session. */
  String id();

  /** An opaque id of the child; never a name. Identifying: redacted in {@code toString()}. */
  @Value.Redacted
  String clientId();

  /** An opaque id of the clinician who led the session. Identifying: redacted in {@code toString()}. */
  @Value.Redacted
  String clinicianId();

  /** The discipline, for example {@link Disciplines#SPEECH_AND_LANGUAGE_THERAPY}. */
  Code discipline();

  /** Where the session took place, for example {@link Settings#CLINIC}. */
  Optional<Code> setting();

  /** When the session was planned. */
  Interval planned();

  /** When it actually took place; empty for a session that was not held. */
  Optional<Interval> actual();

  /** A time zone for showing times to people; the timeline itself is in instants. */
  Optional<ZoneId> zone();

  /** Whether and how the session took place. */
  SessionStatus status();

  /** Why it ended as it did; required for every status but {@link SessionStatus#COMPLETED}. */
  Optional<Code> endReason();

  /** The goals in scope for this session; goal attempts refer to them by id. */
  List<Goal> goals();

  /** What was observed and done. The order of the list carries no meaning: only times do. */
  List<SessionEvent> events();

  /** Applies {@link SessionConstraints} when any immutable implementation is built. */
  @Value.Check
  default void checkSession() {
    SessionConstraints.requireValid(this);
  }
}
