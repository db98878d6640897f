package org.holdspace.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;

/** The vendor codecs a module knows, by wire type name and by Java type. Immutable once built. */
final class Registry {
  private final Map<String, JsonEventCodec<?>> eventsByName;
  private final List<JsonEventCodec<?>> events;
  private final Map<String, JsonSessionCodec<?>> sessionsByName;
  private final List<JsonSessionCodec<?>> sessions;
  private final boolean keepUnknown;
  private final Map<Class<?>, Class<? extends SessionEvent>> libraryKinds;

  Registry(List<JsonEventCodec<?>> events, List<JsonSessionCodec<?>> sessions, boolean keepUnknown,
      Map<Class<?>, Class<? extends SessionEvent>> libraryKinds) {
    this.keepUnknown = keepUnknown;
    this.libraryKinds = Map.copyOf(libraryKinds);
    this.events = List.copyOf(events);
    this.sessions = List.copyOf(sessions);
    this.eventsByName = new HashMap<>();
    for (JsonEventCodec<?> c : events) {
      eventsByName.put(c.typeName(), c);
    }
    this.sessionsByName = new HashMap<>();
    for (JsonSessionCodec<?> c : sessions) {
      sessionsByName.put(c.typeName(), c);
    }
  }

  /** Whether unknown fields and types are kept verbatim instead of refused. */
  boolean keepUnknown() {
    return keepUnknown;
  }

  JsonEventCodec<?> eventCodec(String typeName) {
    return eventsByName.get(typeName);
  }

  @SuppressWarnings("unchecked")
  <E extends SessionEvent> JsonEventCodec<E> eventCodecFor(E event) {
    for (JsonEventCodec<?> c : events) {
      if (c.type().isInstance(event)) {
        return (JsonEventCodec<E>) c;
      }
    }
    return null;
  }

  /**
   * The library event kind {@code event} is written as: its own kind for the library's values, the
   * registered kind for a vendor's class registered with {@code addLibraryKind}; null otherwise.
   */
  Class<? extends SessionEvent> libraryKindOf(SessionEvent event) {
    Class<? extends SessionEvent> kind = LibraryTypes.kindOf(event);
    return kind != null ? kind : libraryKinds.get(event.getClass());
  }

  Map<Class<?>, Class<? extends SessionEvent>> libraryKinds() {
    return libraryKinds;
  }

  JsonSessionCodec<?> sessionCodec(String typeName) {
    return sessionsByName.get(typeName);
  }

  @SuppressWarnings("unchecked")
  <S extends Session> JsonSessionCodec<S> sessionCodecFor(S session) {
    for (JsonSessionCodec<?> c : sessions) {
      if (c.type().isInstance(session)) {
        return (JsonSessionCodec<S>) c;
      }
    }
    return null;
  }

  List<JsonEventCodec<?>> events() {
    return new ArrayList<>(events);
  }

  List<JsonSessionCodec<?>> sessions() {
    return new ArrayList<>(sessions);
  }
}
