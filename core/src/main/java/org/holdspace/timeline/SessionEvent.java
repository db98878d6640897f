package org.holdspace.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.holdspace.internal.Validated;

/**
 * Something observed or done during a session, at a moment ({@link #at()}) or over an interval
 * (until {@link #until()}). The library's event kinds are interfaces that extend it (regulation
 * observations, sensory supports, activities, environment factors, readiness assessments, goal
 * attempts, connection observations, clinician notes, caregiver reports, caregiver presence and
 * caregiver coaching); a vendor implements any of them, or this
 * interface for events of its own, and every evaluator keeps events it does not know untouched.
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
 * session's actual interval, and the fields of the library's event kinds.
 */
public interface SessionEvent {

  /** @return an opaque id, unique within the session */
  String id();

  /** @return when it happened or began */
  Instant at();

  /** @return when it ended, for an event that lasted; empty for a moment */
  Optional<Instant> until();

  /** @return when it ended: {@link #until()} if present, else {@link #at()} */
  default Instant end() {
    return until().orElse(at());
  }

  /**
   * Whether {@code event} is one of the library's own values (made by a library builder, such as
   * {@code RegulationObservation.builder()}, or a copy such as {@code withAt}), rather than a
   * vendor's implementation of a kind. Writers use it so that a vendor type's own state is never
   * dropped without a word:
   *
   * <pre>{@code
   * boolean own = SessionEvent.isLibraryValue(RegulationObservation.builder()
   *     .id("e1").at(start).band(ArousalBand.REGULATED).build());   // true
   * }</pre>
   *
   * @param event any event
   * @return true for the library's own values, false for every other implementation
   */
  static boolean isLibraryValue(SessionEvent event) {
    return event instanceof Validated;
  }

  /**
   * The ids of {@code events}, in their order: the evidence a rule's finding cites.
   *
   * <pre>{@code
   * Finding f = Finding.context(rule, "acme.hydration.taken", SessionEvent.ids(facts.eventsOf(HydrationBreak.class)));
   * }</pre>
   *
   * @param events events of one session (ids are unique in a session)
   * @return their ids
   */
  static List<String> ids(List<? extends SessionEvent> events) {
    List<String> ids = new ArrayList<>(events.size());
    for (SessionEvent e : events) {
      ids.add(e.id());
    }
    return ids;
  }

  /**
   * What every builder of the library's event kinds sets: the id and the times. Each kind's own
   * builder ({@code RegulationObservation.Builder}, ...) extends it with the kind's fields.
   *
   * @param <B> the kind's builder, returned by each setter for chaining
   */
  interface Builder<B extends Builder<B>> {

    /**
     * @param id an opaque id, unique within the session
     * @return this builder
     */
    B id(String id);

    /**
     * @param at when it happened or began
     * @return this builder
     */
    B at(Instant at);

    /**
     * @param until when it ended, for an event that lasted
     * @return this builder
     */
    B until(Instant until);

    /**
     * @param until when it ended, or empty for a moment
     * @return this builder
     */
    B until(Optional<? extends Instant> until);
  }
}
