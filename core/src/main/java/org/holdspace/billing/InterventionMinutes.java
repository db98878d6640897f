package org.holdspace.billing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.holdspace.session.Session;
import org.holdspace.timeline.Overlaps;
import org.holdspace.timeline.SessionEvent;

/**
 * The minutes of each kind of intervention a session's events show, and of all of them together,
 * from the events' intervals: overlapping time is counted once, within a kind and in the total
 * (so the kinds' minutes may add up to more than the total, never the total to more than the
 * session). An event at a moment has no minutes. Minutes are whole, rounded to the nearest.
 *
 * <pre>{@code
 * InterventionMinutes m = InterventionMinutes.of(session);
 * m.minutes(InterventionKind.CO_REGULATION);  // 40
 * m.total();                                  // 52
 * m.evidence(InterventionKind.CO_REGULATION); // the ids of the events behind the 40
 * }</pre>
 *
 * <p>The events are taken as recorded: Holdspace cannot tell direct one-on-one time from other
 * time, so a caller that records group or unattended time must leave it out of the session.
 */
public final class InterventionMinutes {
  private final Map<InterventionKind, List<SessionEvent>> byKind;
  private final Map<InterventionKind, Long> minutes;
  private final long total;

  private InterventionMinutes(Map<InterventionKind, List<SessionEvent>> byKind) {
    this.byKind = byKind;
    this.minutes = new EnumMap<>(InterventionKind.class);
    List<SessionEvent> all = new ArrayList<>();
    for (Map.Entry<InterventionKind, List<SessionEvent>> e : byKind.entrySet()) {
      minutes.put(e.getKey(), union(e.getValue()));
      all.addAll(e.getValue());
    }
    this.total = union(all);
  }

  /**
   * The interventions of {@code session}.
   *
   * @param session a session
   * @return its intervention minutes
   */
  public static InterventionMinutes of(Session session) {
    Objects.requireNonNull(session, "session");
    Map<InterventionKind, List<SessionEvent>> byKind = new EnumMap<>(InterventionKind.class);
    List<SessionEvent> sorted = new ArrayList<>(session.events());
    sorted.sort((a, b) -> a.at().compareTo(b.at()));
    for (SessionEvent e : sorted) {
      InterventionKind.of(e).ifPresent(k -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
    }
    return new InterventionMinutes(byKind);
  }

  /** {@return the kinds of intervention the session shows, in the enum's order} */
  public Set<InterventionKind> kinds() {
    return Collections.unmodifiableSet(byKind.keySet());
  }

  /**
   * @param kind a kind of intervention
   * @return its minutes, overlapping time once; 0 if the session shows none
   */
  public long minutes(InterventionKind kind) {
    return minutes.getOrDefault(kind, 0L);
  }

  /** {@return every intervention's minutes together, overlapping time once} */
  public long total() {
    return total;
  }

  /**
   * @param kind a kind of intervention
   * @return the ids of its events, in time order
   */
  public List<String> evidence(InterventionKind kind) {
    List<String> ids = new ArrayList<>();
    for (SessionEvent e : byKind.getOrDefault(kind, List.of())) {
      ids.add(e.id());
    }
    return ids;
  }

  /**
   * The minutes of each code {@code codes} maps a kind to (kinds mapped to one code together,
   * overlapping time once), in the order of the kinds.
   *
   * @param codes the caller's codes by kind
   * @return minutes by code
   */
  public Map<BillingCode, Long> minutesByCode(Map<InterventionKind, BillingCode> codes) {
    Map<BillingCode, List<SessionEvent>> events = new LinkedHashMap<>();
    for (Map.Entry<InterventionKind, List<SessionEvent>> e : byKind.entrySet()) {
      BillingCode code = codes.get(e.getKey());
      if (code != null) {
        events.computeIfAbsent(code, c -> new ArrayList<>()).addAll(e.getValue());
      }
    }
    Map<BillingCode, Long> out = new LinkedHashMap<>();
    events.forEach((code, list) -> out.put(code, union(list)));
    return out;
  }

  /**
   * The minutes of every kind mapped to a timed code, together, overlapping time once: the total
   * timed minutes the CMS rule counts.
   *
   * @param codes the caller's codes by kind
   * @return the total timed minutes
   */
  public long timedMinutes(Map<InterventionKind, BillingCode> codes) {
    List<SessionEvent> timed = new ArrayList<>();
    for (Map.Entry<InterventionKind, List<SessionEvent>> e : byKind.entrySet()) {
      BillingCode code = codes.get(e.getKey());
      if (code != null && code.isTimed()) {
        timed.addAll(e.getValue());
      }
    }
    return union(timed);
  }

  /** The union of the events' intervals in whole minutes, rounded to the nearest. */
  private static long union(List<SessionEvent> events) {
    List<SessionEvent> sorted = new ArrayList<>(events);
    sorted.sort((a, b) -> a.at().compareTo(b.at()));
    return roundedMinutes(Overlaps.unionLength(sorted, null));
  }

  /**
   * @param length a length of time
   * @return it in whole minutes, rounded to the nearest (half a minute up)
   */
  public static long roundedMinutes(Duration length) {
    return (length.toMillis() + 30_000) / 60_000;
  }

  /** @return kinds and minutes, no ids */
  @Override
  public String toString() {
    return "InterventionMinutes{" + minutes + ", total=" + total + "}";
  }
}
