package org.holdspace.timeline;

import java.time.Instant;
import java.util.Optional;

/**
 * Something observed or done during a session, at a moment ({@link #at()}) or over an interval
 * (until {@link #until()}). The library's event types implement it (regulation observations,
 * sensory supports, activities, environment factors, readiness assessments, goal attempts,
 * connection observations, clinician notes); a vendor implements it for events of its own, and
 * every evaluator keeps such events untouched.
 *
 * <pre>{@code
 * @Value.Immutable
 * public interface MedicationGiven extends SessionEvent {
 *   Code medication();
 * }
 * }</pre>
 *
 * <p>An implementation holds no mutable state. The session validates every event it holds: an
 * id that is unique in the session, {@code until} not before {@code at}, both inside the
 * session's actual interval.
 */
public interface SessionEvent {

  /** An opaque id, unique within the session. */
  String id();

  /** When it happened or began. */
  Instant at();

  /** When it ended, for an event that lasted; empty for a moment. */
  Optional<Instant> until();

  /** When it ended: {@link #until()} if present, else {@link #at()}. */
  default Instant end() {
    return until().orElse(at());
  }
}
