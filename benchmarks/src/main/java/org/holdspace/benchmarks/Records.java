package org.holdspace.benchmarks;

import java.time.Instant;
import java.util.List;

/**
 * The baseline for JSON: the same documents mapped by plain Jackson databind into records of the
 * same shape (instants as {@link Instant}; enum values kept as strings, since databind cannot map
 * the format's hyphenated values without annotations).
 */
final class Records {
  private Records() {}

  record Code(String system, String code, String display) {}

  record Interval(Instant start, Instant end) {}

  record Goal(String id, String description, String target, String lifecycleStatus, String achievementStatus,
      Double gasWeight, Integer gasBaseline) {}

  record Event(String type, String id, Instant at, Instant until, String band, List<Code> signs, String mode,
      Code label, Code support, List<String> systems, String quality, String response, String effect, Code activity,
      String demand, Code factor, String level, List<String> indicatorsMet, List<String> indicatorsNotMet,
      String assessedBy, String goalId, Code assistance, String outcome, Integer gasLevel, Code sign, String text,
      List<Code> concerns, String words, Code caregiver, Code strategy, String step) {}

  record Session(int schemaVersion, String type, String id, String clientId, String clinicianId, Code discipline,
      Code setting, Interval planned, Interval actual, String zone, String status, Code endReason, List<Goal> goals,
      List<Event> events) {}
}
