package org.holdspace.evaluation;

import java.time.Instant;
import java.util.List;
import org.holdspace.timeline.Overlaps;
import org.holdspace.timeline.SessionEvent;

/**
 * The start times of a list of events in time order, as primitives side by side, for the facts'
 * "latest at or before" questions about a long list: a binary search over the events themselves
 * touches an event and its instant at every step, which in a session of thousands of events
 * costs a cache miss each. Short lists are searched in place ({@link #of} returns a search over
 * the list itself); the answers are {@link Overlaps#lastStartingAtOrBefore}'s either way.
 */
abstract class StartTimes {
  /** Below this many events a list is searched in place. */
  static final int INDEXED_FROM = 64;

  /** {@return the index of the last event that starts at or before {@code instant}, or -1} */
  abstract int lastAtOrBefore(Instant instant);

  static StartTimes of(List<? extends SessionEvent> sorted) {
    return sorted.size() < INDEXED_FROM ? new InPlace(sorted) : new Indexed(sorted);
  }

  private static final class InPlace extends StartTimes {
    private final List<? extends SessionEvent> sorted;

    InPlace(List<? extends SessionEvent> sorted) {
      this.sorted = sorted;
    }

    @Override
    int lastAtOrBefore(Instant instant) {
      return Overlaps.lastStartingAtOrBefore(sorted, instant);
    }
  }

  static final class Indexed extends StartTimes {
    private final long[] seconds;
    private final int[] nanos;

    Indexed(List<? extends SessionEvent> sorted) {
      seconds = new long[sorted.size()];
      nanos = new int[sorted.size()];
      for (int i = 0; i < seconds.length; i++) {
        Instant at = sorted.get(i).at();
        seconds[i] = at.getEpochSecond();
        nanos[i] = at.getNano();
      }
    }

    @Override
    int lastAtOrBefore(Instant instant) {
      long second = instant.getEpochSecond();
      int nano = instant.getNano();
      int lo = 0;
      int hi = seconds.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (seconds[mid] > second || (seconds[mid] == second && nanos[mid] > nano)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo - 1;
    }
  }
}
