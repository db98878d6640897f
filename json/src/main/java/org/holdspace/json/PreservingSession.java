package org.holdspace.json;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.holdspace.code.Code;
import org.holdspace.goal.Goal;
import org.holdspace.session.Session;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;

/**
 * A library session read in the opt-in mode that keeps unknown content ({@link
 * HoldspaceModule.Builder#keepUnknownContent()}): the session itself, plus the fields the format
 * does not define, on the session and on its events, each kept as verbatim JSON and written back
 * unchanged. Everything in core accepts it as the {@link Session} it is.
 */
public final class PreservingSession implements Session {
  private final Session session;
  private final Map<String, String> unknownFields;
  private final Map<String, Map<String, String>> unknownEventFields;

  PreservingSession(Session session, Map<String, String> unknownFields,
      Map<String, Map<String, String>> unknownEventFields) {
    this.session = Objects.requireNonNull(session);
    this.unknownFields = Collections.unmodifiableMap(new LinkedHashMap<>(unknownFields));
    Map<String, Map<String, String>> byEvent = new LinkedHashMap<>();
    unknownEventFields.forEach((id, fields) ->
        byEvent.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(fields))));
    this.unknownEventFields = Collections.unmodifiableMap(byEvent);
  }

  /** {@return the session without the unknown content} */
  public Session session() {
    return session;
  }

  /** {@return the session's own unknown fields: name to verbatim JSON value} */
  public Map<String, String> unknownFields() {
    return unknownFields;
  }

  /** {@return unknown fields of the session's events, by event id: name to verbatim JSON value} */
  public Map<String, Map<String, String>> unknownEventFields() {
    return unknownEventFields;
  }

  @Override
  public String id() {
    return session.id();
  }

  @Override
  public String clientId() {
    return session.clientId();
  }

  @Override
  public String clinicianId() {
    return session.clinicianId();
  }

  @Override
  public Code discipline() {
    return session.discipline();
  }

  @Override
  public Optional<Code> setting() {
    return session.setting();
  }

  @Override
  public Interval planned() {
    return session.planned();
  }

  @Override
  public Optional<Interval> actual() {
    return session.actual();
  }

  @Override
  public Optional<ZoneId> zone() {
    return session.zone();
  }

  @Override
  public org.holdspace.session.SessionStatus status() {
    return session.status();
  }

  @Override
  public Optional<Code> endReason() {
    return session.endReason();
  }

  @Override
  public List<Goal> goals() {
    return session.goals();
  }

  @Override
  public List<SessionEvent> events() {
    return session.events();
  }

  /**
   * This session with {@code events} in place of its own; the unknown fields of events kept by id
   * stay with the events that keep those ids.
   */
  @Override
  public PreservingSession withEvents(Iterable<? extends SessionEvent> events) {
    Session copy = session.withEvents(events);
    Map<String, Map<String, String>> kept = new LinkedHashMap<>();
    for (SessionEvent e : copy.events()) {
      Map<String, String> fields = unknownEventFields.get(e.id());
      if (fields != null) {
        kept.put(e.id(), fields);
      }
    }
    return new PreservingSession(copy, unknownFields, kept);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PreservingSession && ((PreservingSession) o).session.equals(session)
        && ((PreservingSession) o).unknownFields.equals(unknownFields)
        && ((PreservingSession) o).unknownEventFields.equals(unknownEventFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(session, unknownFields, unknownEventFields);
  }

  /** The session and the names of the unknown fields, never their values. */
  @Override
  public String toString() {
    return "PreservingSession{session=" + session + ", unknownFields=" + unknownFields.keySet()
        + ", unknownEventFields=" + unknownEventFields.keySet() + "}";
  }
}
