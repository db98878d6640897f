package org.holdspace.evaluation.rules;

import java.time.Instant;
import java.util.List;
import org.holdspace.timeline.SessionEvent;

/**
 * Answers "which of these events overlaps [from, to]?" in logarithmic time, for events sorted by
 * start. Built in one pass: for each prefix of the list, the event that ends latest. Rules use it
 * so that an evaluation stays linear (up to a log factor) in the number of events.
 */
final class Overlaps<T extends SessionEvent> {
  private final List<T> events;
  private final int[] latestEnding;

  /** An index over {@code events}, which must be in time order (by start). */
  Overlaps(List<T> events) {
    this.events = events;
    this.latestEnding = new int[events.size()];
    int best = -1;
    for (int i = 0; i < events.size(); i++) {
      if (best < 0 || events.get(i).end().isAfter(events.get(best).end())) {
        best = i;
      }
      latestEnding[i] = best;
    }
  }

  /** An event that overlaps the closed interval [from, to], ends included; null if none does. */
  T anyOverlapping(Instant from, Instant to) {
    int i = indexOfAnyOverlapping(from, to);
    return i < 0 ? null : events.get(i);
  }

  /** The index of an event that overlaps [from, to], ends included; -1 if none does. */
  int indexOfAnyOverlapping(Instant from, Instant to) {
    int last = lastStartingAtOrBefore(to);
    if (last < 0) {
      return -1;
    }
    int candidate = latestEnding[last];
    return events.get(candidate).end().isBefore(from) ? -1 : candidate;
  }

  /** The index of the first event that starts at or after {@code instant}; size() if none. */
  int firstStartingAtOrAfter(Instant instant) {
    int lo = 0;
    int hi = events.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (events.get(mid).at().isBefore(instant)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int lastStartingAtOrBefore(Instant instant) {
    int lo = 0;
    int hi = events.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (events.get(mid).at().isAfter(instant)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo - 1;
  }
}
