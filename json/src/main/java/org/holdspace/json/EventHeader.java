package org.holdspace.json;

import java.time.Instant;
import java.util.Optional;

/**
 * The fields every event has on the wire ({@code id}, {@code at}, {@code until}), handed to a
 * {@link VendorEventCodec} that builds the vendor's event.
 */
public final class EventHeader {
  private final String id;
  private final Instant at;
  private final Optional<Instant> until;

  EventHeader(String id, Instant at, Optional<Instant> until) {
    this.id = id;
    this.at = at;
    this.until = until;
  }

  /** {@return the event's id} */
  public String id() {
    return id;
  }

  /** {@return when it happened or began} */
  public Instant at() {
    return at;
  }

  /** {@return when it ended, if it lasted} */
  public Optional<Instant> until() {
    return until;
  }
}
