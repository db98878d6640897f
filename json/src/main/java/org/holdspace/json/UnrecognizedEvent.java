package org.holdspace.json;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.holdspace.timeline.SessionEvent;

/**
 * An event whose {@code type} neither the library nor a registered vendor codec knows, read in
 * the opt-in mode that keeps unknown content ({@link HoldspaceModule.Builder#keepUnknownContent()}).
 * It keeps the event's JSON object verbatim and is written back unchanged; evaluators keep it
 * untouched and list its id among the assessment's unknown events.
 */
public final class UnrecognizedEvent implements SessionEvent {
  private final String typeName;
  private final String id;
  private final Instant at;
  private final Optional<Instant> until;
  private final String json;

  UnrecognizedEvent(String typeName, String id, Instant at, Optional<Instant> until, String json) {
    this.typeName = Objects.requireNonNull(typeName);
    this.id = Objects.requireNonNull(id);
    this.at = Objects.requireNonNull(at);
    this.until = Objects.requireNonNull(until);
    this.json = Objects.requireNonNull(json);
  }

  /** {@return the event's {@code type} on the wire} */
  public String typeName() {
    return typeName;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Instant at() {
    return at;
  }

  @Override
  public Optional<Instant> until() {
    return until;
  }

  /** {@return the event's JSON object, exactly as read (it may hold health data: do not log it)} */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof UnrecognizedEvent)) {
      return false;
    }
    UnrecognizedEvent other = (UnrecognizedEvent) o;
    return typeName.equals(other.typeName) && id.equals(other.id) && at.equals(other.at)
        && until.equals(other.until) && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(typeName, id, at, until, json);
  }

  /** The type name and id only: the content may be health data. */
  @Override
  public String toString() {
    return "UnrecognizedEvent{type=" + typeName + ", id=" + id + ", json=***}";
  }
}
