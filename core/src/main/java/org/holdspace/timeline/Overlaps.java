package org.holdspace.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.holdspace.internal.Instants;

/**
 * Answers "which of these events overlaps [from, to]?" in logarithmic time, for events sorted by
 * start. Built in one pass: for each prefix of the list, the event that ends latest. Rules (the
 * library's and a vendor's) use it so that an evaluation stays linear, up to a log factor, in the
 * number of events.
 *
 * <pre>{@code
 * Overlaps<SensorySupport> supports = new Overlaps<>(facts.supports());
 * SensorySupport near = supports.anyOverlapping(o.at().minus(window), o.at().plus(window));
 * }</pre>
 *
 * <p>Immutable once built (it reads, never changes, the list it indexes); thread-safe if the list
 * is not changed.
 *
 * @param <T> the kind of event
 */
public final class Overlaps<T extends SessionEvent> {
  private final List<T> events;
  private final int[] latestEnding;

  /**
   * An index over {@code events}.
   *
   * @param events events in time order (by start), for example a list of {@code SessionFacts}
   */
  public Overlaps(List<T> events) {
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

  /**
   * An event that overlaps the closed interval [from, to], ends included.
   *
   * @param from the start of the interval
   * @param to its end
   * @return such an event, or null if none does
   */
  public T anyOverlapping(Instant from, Instant to) {
    int i = indexOfAnyOverlapping(from, to);
    return i < 0 ? null : events.get(i);
  }

  /**
   * The index of an event that overlaps the closed interval [from, to], ends included.
   *
   * @param from the start of the interval
   * @param to its end
   * @return the index of such an event, or -1 if none does
   */
  public int indexOfAnyOverlapping(Instant from, Instant to) {
    int last = lastStartingAtOrBefore(to);
    if (last < 0) {
      return -1;
    }
    int candidate = latestEnding[last];
    return events.get(candidate).end().isBefore(from) ? -1 : candidate;
  }

  /**
   * The index of an event within {@code window} of {@code instant}: one that overlaps the closed
   * interval [instant - window, instant + window], ends included. Asks the same as {@link
   * #indexOfAnyOverlapping} without making the two instants.
   *
   * <pre>{@code
   * Overlaps<SessionEvent> presence = new Overlaps<>(facts.presence());
   * boolean answered = presence.indexOfAnyWithin(facts.dysregulated().get(0).at(), Duration.ofMinutes(5)) >= 0;
   * }</pre>
   *
   * @param instant a moment
   * @param window how far either side of it, not negative
   * @return the index of such an event, or -1 if none is
   * @throws IllegalArgumentException if {@code window} is negative
   */
  public int indexOfAnyWithin(Instant instant, Duration window) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("window is negative");
    }
    int lo = 0;
    int hi = events.size();
    while (lo < hi) { // the last event that starts at or before instant + window
      int mid = (lo + hi) >>> 1;
      if (Instants.isAfterShifted(events.get(mid).at(), instant, window)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    if (lo == 0) {
      return -1;
    }
    int candidate = latestEnding[lo - 1];
    // it ends before instant - window exactly when instant is after its end + window
    return Instants.isAfterShifted(instant, events.get(candidate).end(), window) ? -1 : candidate;
  }

  /**
   * The index of the first event that starts at or after {@code instant}.
   *
   * @param instant a moment
   * @return the index, or the number of events if none does
   */
  public int firstStartingAtOrAfter(Instant instant) {
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
    return lastStartingAtOrBefore(events, instant);
  }

  /**
   * The index of the last of {@code sorted} that starts at or before {@code instant}, by binary
   * search.
   *
   * @param sorted events in time order (by start)
   * @param instant a moment
   * @return the index, or -1 if none does
   */
  public static int lastStartingAtOrBefore(List<? extends SessionEvent> sorted, Instant instant) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).at().isAfter(instant)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo - 1;
  }

  /**
   * The time covered by {@code sorted} from {@code from} on (all of it when {@code from} is null),
   * overlaps counted once; an event that lasts no time adds nothing.
   *
   * <pre>{@code
   * Duration withPresence = Overlaps.unionLength(facts.presence(), null);
   * }</pre>
   *
   * @param sorted events in time order (by start)
   * @param from where to start counting, or null for the whole
   * @return the time covered
   */
  public static Duration unionLength(List<? extends SessionEvent> sorted, Instant from) {
    return Duration.ofMillis(unionMillis(sorted, from));
  }

  /** {@link #unionLength} in whole milliseconds per stretch. */
  private static long unionMillis(List<? extends SessionEvent> sorted, Instant from) {
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
