package org.holdspace.json;

import org.holdspace.session.EventKind;
import org.holdspace.timeline.SessionEvent;

/**
 * Which of the library's event kinds ({@link EventKind}) one of the library's own values is. The
 * writers use it to tell the library's own values (written field by field) from a vendor's
 * implementation of the same interface, which travels as the library's kind only when registered
 * as such, so that no vendor state is lost without a word.
 */
final class LibraryTypes {

  private LibraryTypes() {}

  /** Whether {@code type} is one of the library's event kinds (an interface of {@link EventKind}). */
  static boolean isKind(Class<?> type) {
    for (EventKind kind : EventKind.values()) {
      if (kind.type() == type) {
        return true;
      }
    }
    return false;
  }

  /** The library kind (its interface) that {@code event} is the library's own value of; null if none. */
  static Class<? extends SessionEvent> kindOf(SessionEvent event) {
    if (!SessionEvent.isLibraryValue(event)) {
      return null;
    }
    EventKind kind = EventKind.of(event).orElse(null);
    return kind == null ? null : kind.type();
  }
}
