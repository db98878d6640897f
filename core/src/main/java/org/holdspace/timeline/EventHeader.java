package org.holdspace.timeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The part every event has, read from a document before its kind's own fields: its id and times.
 * A vendor's codec (JSON or FHIR) is handed one and builds its event from it:
 *
 * <pre>{@code
 * EventHeader header = EventHeader.of("e7", start, Optional.empty());
 * RegulationObservation o = header.applyTo(RegulationObservation.builder()).band(ArousalBand.REGULATED).build();
 * }</pre>
 *
 * <p>Not a value: a header is handed to a codec and not kept; it has no equality of its own and
 * holds no health data. Immutable. The FHIR module extends it with where the event was read.
 */
public class EventHeader {
  private final String id;
  private final Instant at;
  private final Optional<Instant> until;

  /**
   * A header of these parts, for a module that reads documents.
   *
   * @param id the event's id
   * @param at when it happened or began
   * @param until when it ended, if it lasted
   */
  protected EventHeader(String id, Instant at, Optional<Instant> until) {
    this.id = Objects.requireNonNull(id, "id");
    this.at = Objects.requireNonNull(at, "at");
    this.until = Objects.requireNonNull(until, "until");
  }

  /**
   * A header of these parts.
   *
   * @param id the event's id
   * @param at when it happened or began
   * @param until when it ended, if it lasted
   * @return the header
   */
  public static EventHeader of(String id, Instant at, Optional<Instant> until) {
    return new EventHeader(id, at, until);
  }

  /** {@return the event's id} */
  public final String id() {
    return id;
  }

  /** {@return when it happened or began} */
  public final Instant at() {
    return at;
  }

  /** {@return when it ended, for an event that lasted} */
  public final Optional<Instant> until() {
    return until;
  }

  /**
   * Sets this header's id and times on {@code builder}.
   *
   * @param <B> the kind's builder
   * @param builder a builder of one of the library's event kinds
   * @return the builder
   */
  public final <B extends SessionEvent.Builder<B>> B applyTo(B builder) {
    return builder.id(id).at(at).until(until);
  }

  /** {@return the header's class, never its id (which may name a child's record)} */
  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
