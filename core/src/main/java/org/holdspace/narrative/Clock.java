package org.holdspace.narrative;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.holdspace.billing.InterventionMinutes;
import org.holdspace.evaluation.Finding;
import org.holdspace.session.Session;
import org.holdspace.timeline.Overlaps;
import org.holdspace.timeline.SessionEvent;

/**
 * Times and lengths for texts, in the session's zone (UTC when it has none), read from the events
 * a finding cites: a text names a stretch or says how long something lasted only from its
 * evidence, so what it says and what backs it cannot disagree. One per text being written.
 */
final class Clock {
  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final Narrator narrator;
  private final ZoneId zone;
  private final List<SessionEvent> events;
  private Map<String, SessionEvent> byId;

  Clock(Narrator narrator, Session session) {
    this.narrator = narrator;
    this.zone = session.zone().orElse(ZoneOffset.UTC);
    this.events = session.events();
  }

  /** {@code 09:20}: a moment in the session's zone. */
  String time(Instant at) {
    return HOURS_MINUTES.format(at.atZone(zone));
  }

  /**
   * {@code 09:20} when {@code at} falls on the same day as {@code day} in the session's zone, else
   * {@code 2026-03-03 09:20}: a moment that may lie after the session (someone told of an incident
   * the next morning).
   */
  String time(Instant at, Instant day) {
    return at.atZone(zone).toLocalDate().equals(day.atZone(zone).toLocalDate()) ? time(at)
        : DATE_TIME.format(at.atZone(zone));
  }

  /** {@code 09:20-09:45} for an event with a length, {@code 09:20} for a moment. */
  String span(SessionEvent e) {
    return e.end().equals(e.at()) ? time(e.at()) : time(e.at()) + "\u2013" + time(e.end());
  }

  /**
   * The stretch that {@code finding}'s events cover, from the first start to the last end, with its
   * length: {@code 09:20-09:45, 25 minutes}; a moment is {@code at 09:20}.
   */
  String stretch(Finding finding) {
    List<SessionEvent> cited = cited(finding);
    if (cited.isEmpty()) {
      return "";
    }
    Instant start = cited.get(0).at();
    Instant end = cited.get(0).end();
    for (SessionEvent e : cited) {
      start = e.at().isBefore(start) ? e.at() : start;
      end = e.end().isAfter(end) ? e.end() : end;
    }
    return stretch(start, end);
  }

  /** The latest end of {@code finding}'s events (the session's actual end if it cites none). */
  Instant end(Finding finding) {
    Instant end = null;
    for (SessionEvent e : cited(finding)) {
      end = end == null || e.end().isAfter(end) ? e.end() : end;
    }
    return end != null ? end : events.isEmpty() ? Instant.EPOCH : events.get(events.size() - 1).end();
  }

  /** Each of {@code finding}'s events as a stretch of its own, in the order cited, as a list. */
  String stretches(Finding finding) {
    List<String> each = new ArrayList<>();
    for (SessionEvent e : cited(finding)) {
      each.add(stretch(e.at(), e.end()));
    }
    return each.isEmpty() ? "" : narrator.list(each);
  }

  private String stretch(Instant start, Instant end) {
    if (start.equals(end)) {
      return Templates.fill(narrator.text("time.at"), Map.of("time", time(start)));
    }
    return Templates.fill(narrator.text("time.stretch"),
        Map.of("from", time(start), "to", time(end), "length", minutes(Duration.between(start, end))));
  }

  /**
   * The total time {@code finding}'s events cover (their intervals' union, so overlapping time
   * counts once), in whole minutes, rounded to the nearest.
   */
  long minutesCovered(Finding finding) {
    List<SessionEvent> cited = new ArrayList<>(cited(finding));
    cited.sort((a, b) -> a.at().compareTo(b.at()));
    return InterventionMinutes.roundedMinutes(Overlaps.unionLength(cited, null));
  }

  /** {@code 25 minutes}, {@code 1 minute}, in this language. */
  String minutes(Duration length) {
    return minutes(InterventionMinutes.roundedMinutes(length));
  }

  String minutes(long minutes) {
    return Templates.fill(narrator.text(minutes == 1 ? "time.minute" : "time.minutes"),
        Map.of("n", String.valueOf(minutes)));
  }

  /** The session's events that {@code finding} cites, in the order cited; an id the session does not hold is skipped. */
  private List<SessionEvent> cited(Finding finding) {
    if (byId == null) {
      byId = new HashMap<>();
      for (SessionEvent e : events) {
        byId.put(e.id(), e);
      }
    }
    List<SessionEvent> cited = new ArrayList<>(finding.evidence().size());
    for (String id : finding.evidence()) {
      SessionEvent e = byId.get(id);
      if (e != null) {
        cited.add(e);
      }
    }
    return cited;
  }
}
