package org.holdspace.internal;

import java.time.Instant;
import java.util.List;
import org.holdspace.timeline.SessionEvent;

/** The time events cover, in milliseconds, without making a {@code Duration}: what {@code Overlaps.unionLength} reports. */
public final class Spans {
  private Spans() {}

  /**
   * The milliseconds covered by {@code sorted} from {@code from} on (all of it when {@code from}
   * is null), overlaps counted once; an event that lasts no time adds nothing.
   *
   * @param sorted events in time order (by start)
   * @param from where to start counting, or null for the whole
   * @return the time covered, in whole milliseconds per stretch
   */
  public static long unionMillis(List<? extends SessionEvent> sorted, Instant from) {
    long total = 0;
    Instant start = null;
    Instant end = null;
    for (int i = 0; i < sorted.size(); i++) {
      SessionEvent o = sorted.get(i);
      Instant at = o.at();
      Instant until = o.end();
      if (from != null) {
        if (until.isBefore(from)) {
          continue;
        }
        if (at.isBefore(from)) {
          at = from;
        }
      }
      if (end == null || at.isAfter(end)) {
        if (end != null) {
          total += Instants.millisBetween(start, end);
        }
        start = at;
        end = until;
      } else if (until.isAfter(end)) {
        end = until;
      }
    }
    if (end != null) {
      total += Instants.millisBetween(start, end);
    }
    return total;
  }
}
