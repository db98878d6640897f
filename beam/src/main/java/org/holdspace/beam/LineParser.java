package org.holdspace.beam;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.session.Session;

/**
 * One line to a session or a bad line, with the counters {@code sessions} and {@code badLines}
 * (namespace {@link ParseSessions}): the one parsing step of {@link ParseSessions} and {@link
 * EvaluatePopulation}. Made in a DoFn's {@code @Setup}; not serializable.
 */
final class LineParser {
  private final HoldspaceJson json;
  private final boolean raw;
  private final Counter read = Metrics.counter(ParseSessions.class, "sessions");
  private final Counter bad = Metrics.counter(ParseSessions.class, "badLines");

  LineParser(HoldspaceJson json, boolean raw) {
    this.json = json;
    this.raw = raw;
  }

  /**
   * The line's session, or null after handing its bad line to {@code badLines}.
   *
   * @param line a line
   * @param badLines where a bad line goes
   * @return the session, or null
   */
  Session parse(SourceLine line, Consumer<BadLine> badLines) {
    if (line.isTooLong()) { // as the JSON module's NDJSON reader reports it: LIMIT_EXCEEDED, no text
      bad.inc();
      badLines.accept(BadLine.of(line.source(), line.number(),
          HoldspaceJsonException.Problem.LIMIT_EXCEEDED.name(), "", Optional.empty()));
      return null;
    }
    try {
      Session s = json.readSession(line.bytes());
      read.inc();
      return s;
    } catch (HoldspaceJsonException e) {
      bad.inc();
      badLines.accept(BadLine.of(line.source(), line.number(), e.problem().name(), e.pointer(),
          raw ? Optional.of(new String(line.bytes(), StandardCharsets.UTF_8)) : Optional.empty()));
      return null;
    }
  }
}
