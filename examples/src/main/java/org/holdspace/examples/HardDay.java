package org.holdspace.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;

/**
 * Public scenario A, the hard day: prints the session's timeline as a clinician would read it.
 * (The evaluation of the session, with its value ladder, prompts and parent summary, comes with
 * the evaluation module.)
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples -am package exec:java -DskipTests}.
 */
public final class HardDay {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private HardDay() {}

  /** Prints the hard-day timeline to standard output. */
  public static void main(String[] args) {
    print(PublicScenario.HARD_DAY.session(), System.out);
  }

  /** Writes {@code session}'s timeline to {@code out}, one line per event, in time order. */
  static void print(Session session, PrintStream out) {
    ZoneId zone = session.zone().orElse(ZoneId.of("UTC"));
    Duration length = session.actual().map(a -> a.length()).orElse(Duration.ZERO);
    out.printf("Session %s (%s), %d minutes, %s%n", session.id(),
        session.discipline().display().orElse(session.discipline().code()), length.toMinutes(),
        session.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    List<SessionEvent> events = session.events().stream()
        .sorted(Comparator.comparing(SessionEvent::at).thenComparing(SessionEvent::id))
        .collect(Collectors.toList());
    for (SessionEvent e : events) {
      String time = CLOCK.format(e.at().atZone(zone))
          + e.until().map(u -> "-" + CLOCK.format(u.atZone(zone))).orElse("      ");
      out.printf("  %s  %s%n", time, describe(e));
    }
    out.printf("%d events; %d goal attempts%n", events.size(),
        events.stream().filter(GoalAttempt.class::isInstance).count());
  }

  private static String describe(SessionEvent e) {
    if (e instanceof RegulationObservation) {
      RegulationObservation o = (RegulationObservation) e;
      return "regulation: " + word(o.band()) + o.mode().map(m -> ", " + word(m)).orElse("");
    }
    if (e instanceof SensorySupport) {
      SensorySupport s = (SensorySupport) e;
      return "support: " + s.support().display().orElse(s.support().code()) + ", " + word(s.response())
          + s.effect().map(x -> ", " + word(x)).orElse("");
    }
    if (e instanceof Activity) {
      Activity a = (Activity) e;
      return "activity: " + a.activity().display().orElse(a.activity().code()) + ", demand " + word(a.demand());
    }
    if (e instanceof EnvironmentFactor) {
      EnvironmentFactor f = (EnvironmentFactor) e;
      return "environment: " + f.factor().display().orElse(f.factor().code());
    }
    if (e instanceof ReadinessAssessment) {
      return "readiness: " + word(((ReadinessAssessment) e).level());
    }
    if (e instanceof ConnectionObservation) {
      ConnectionObservation c = (ConnectionObservation) e;
      return "connection: " + c.sign().display().orElse(c.sign().code());
    }
    if (e instanceof GoalAttempt) {
      return "goal attempt: " + ((GoalAttempt) e).goalId();
    }
    if (e instanceof ClinicianNote) {
      return "clinician note (not shown)";
    }
    return "event of another kind";
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
