package org.holdspace.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;

/** The vendor codecs a module knows, by wire type name and by Java type. Immutable once built. */
final class Registry {
  private final Map<String, VendorEventCodec<?>> eventsByName;
  private final List<VendorEventCodec<?>> events;
  private final Map<String, VendorSessionCodec<?>> sessionsByName;
  private final List<VendorSessionCodec<?>> sessions;
  private final boolean keepUnknown;
  private final Map<Class<?>, Class<? extends SessionEvent>> libraryKinds;

  Registry(List<VendorEventCodec<?>> events, List<VendorSessionCodec<?>> sessions, boolean keepUnknown,
      Map<Class<?>, Class<? extends SessionEvent>> libraryKinds) {
    this.keepUnknown = keepUnknown;
    this.libraryKinds = Map.copyOf(libraryKinds);
    this.events = List.copyOf(events);
    this.sessions = List.copyOf(sessions);
    this.eventsByName = new HashMap<>();
    for (VendorEventCodec<?> c : events) {
      eventsByName.put(c.typeName(), c);
    }
    this.sessionsByName = new HashMap<>();
    for (VendorSessionCodec<?> c : sessions) {
      sessionsByName.put(c.typeName(), c);
    }
  }

  /** Whether unknown fields and types are kept verbatim instead of refused. */
  boolean keepUnknown() {
    return keepUnknown;
  }

  VendorEventCodec<?> eventCodec(String typeName) {
    return eventsByName.get(typeName);
  }

  @SuppressWarnings("unchecked")
  <E extends SessionEvent> VendorEventCodec<E> eventCodecFor(E event) {
    for (VendorEventCodec<?> c : events) {
      if (c.type().isInstance(event)) {
        return (VendorEventCodec<E>) c;
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

  VendorSessionCodec<?> sessionCodec(String typeName) {
    return sessionsByName.get(typeName);
  }

  @SuppressWarnings("unchecked")
  <S extends Session> VendorSessionCodec<S> sessionCodecFor(S session) {
    for (VendorSessionCodec<?> c : sessions) {
      if (c.type().isInstance(session)) {
        return (VendorSessionCodec<S>) c;
      }
    }
    return null;
  }

  List<VendorEventCodec<?>> events() {
    return new ArrayList<>(events);
  }

  List<VendorSessionCodec<?>> sessions() {
    return new ArrayList<>(sessions);
  }
}
