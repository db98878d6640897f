package org.holdspace.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.holdspace.code.Code;
import org.holdspace.examples.svg.ProgressSvg;
import org.holdspace.progress.Progress;
import org.holdspace.progress.ProgressReport;
import org.holdspace.progress.SessionProgress;
import org.holdspace.progress.SupportTally;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySupportCodes;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.timeline.Interval;

/**
 * One child's ten weekly sessions: prints readiness-based progress and the support profile, and
 * writes an SVG chart of time to regulate and readiness across the sessions.
 */
public final class ProgressExample {
  private static final Instant FIRST = Instant.parse("2026-01-05T09:00:00Z");

  private ProgressExample() {}

  /** Runs the example; the chart goes to {@code target/holdspace-examples/progress.svg} or the path given. */
  public static void main(String[] args) throws IOException {
    run(Path.of(args.length > 0 ? args[0] : "target/holdspace-examples/progress.svg"), System.out);
  }

  static ProgressReport run(Path svg, PrintStream out) throws IOException {
    ProgressReport report = Progress.of(tenWeeks());
    out.println("Progress of child " + report.clientId() + " across " + report.sessions().size() + " sessions");
    out.println();
    out.printf(Locale.ROOT, "%-8s %-18s %-16s %s%n", "session", "time to regulate", "share regulated", "readiness");
    for (int i = 0; i < report.sessions().size(); i++) {
      SessionProgress p = report.sessions().get(i);
      out.printf(Locale.ROOT, "%-8d %-18s %-16s %s%n", i + 1,
          p.timeToRegulate().map(d -> d.toMinutes() + " min").orElse("-"),
          p.regulatedShare().isPresent() ? Math.round(p.regulatedShare().getAsDouble() * 100) + "%" : "-",
          p.highestReadiness().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("-"));
    }
    out.println();
    out.println("Time to regulate: " + word(report.timeToRegulate()) + "; share regulated: "
        + word(report.regulatedShare()) + "; readiness: " + word(report.readiness()));
    out.println();
    out.println("Supports, by the child's state when offered (\"helped\" as reported; \"agreed\": a later");
    out.println("observation toward regulated agreed with the report)");
    out.printf(Locale.ROOT, "%-24s %-9s %7s %8s %8s %6s %6s %9s %5s%n", "Support", "when", "offered", "accepted",
        "declined", "helped", "agreed", "no change", "worse");
    for (SupportTally t : report.supportProfile()) {
      out.printf(Locale.ROOT, "%-24s %-9s %7d %8d %8d %6d %6d %9d %5d%n", t.support().display().orElse(t.support().code()),
          t.stateAtOffer().map(ProgressExample::word).orElse("unknown"), t.offered(), t.accepted(), t.declined(),
          t.helped(), t.helpedCorroborated(), t.noVisibleChange(), t.madeWorse());
    }
    Path parent = svg.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(svg, ProgressSvg.of(report, "Child " + report.clientId() + ": ten sessions"),
        StandardCharsets.UTF_8);
    out.println();
    out.println("Chart written to " + svg);
    return report;
  }

  private static String word(Enum<?> direction) {
    switch (direction.name()) {
      case "HIGH":
        return "escalated";
      case "LOW":
        return "shut down";
      case "REGULATED":
        return "regulated";
      case "UP":
        return "up";
      case "DOWN":
        return "down";
      case "FLAT":
        return "about the same";
      default:
        return "not enough sessions yet";
    }
  }

  /** Ten weekly sessions: settling gets quicker and readiness grows, not in a straight line. */
  static List<Session> tenWeeks() {
    int[] minutesToSettle = {42, 38, 40, 30, 33, 24, 20, 22, 14, 12};
    ReadinessLevel[] readiness = {ReadinessLevel.NOT_READY, ReadinessLevel.NOT_READY, ReadinessLevel.EMERGING,
        ReadinessLevel.NOT_READY, ReadinessLevel.EMERGING, ReadinessLevel.EMERGING, ReadinessLevel.READY,
        ReadinessLevel.EMERGING, ReadinessLevel.READY, ReadinessLevel.READY};
    List<Session> sessions = new ArrayList<>();
    for (int w = 0; w < 10; w++) {
      Instant start = FIRST.plus(Duration.ofDays(7L * w));
      Interval hour = Interval.of(start, Duration.ofHours(1));
      Instant settled = start.plus(Duration.ofMinutes(minutesToSettle[w]));
      sessions.add(Session.builder().id("week-" + (w + 1)).clientId("c-ada").clinicianId("t-ravi")
          .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY).planned(hour).actual(hour).status(SessionStatus.COMPLETED)
          .endReason(EndReasonCodes.PLANNED_END)
          .addEvent(RegulationObservation.builder().id("r1").at(start).until(settled).band(ArousalBand.ESCALATED)
              .mode(RegulationMode.CO_REGULATED).build())
          .addEvent(RegulationObservation.builder().id("r2").at(settled).until(hour.end()).band(ArousalBand.REGULATED)
              .mode(w < 6 ? RegulationMode.CO_REGULATED : RegulationMode.SELF_REGULATED).build())
          .addEvent(support("p", start.plusSeconds(120), SensorySupportCodes.DEEP_PRESSURE, SupportResponse.ACCEPTED,
              w % 4 == 1 ? SupportEffect.NO_VISIBLE_CHANGE : SupportEffect.HELPED))
          .addEvent(support("f", start.plusSeconds(60), SensorySupportCodes.FIDGET,
              w % 3 == 0 ? SupportResponse.ACCEPTED : SupportResponse.DECLINED, SupportEffect.NO_VISIBLE_CHANGE))
          .addEvent(support("m", start.plusSeconds(300), SensorySupportCodes.CALM_MUSIC, SupportResponse.ACCEPTED,
              w % 2 == 0 ? SupportEffect.HELPED : SupportEffect.UNCLEAR))
          .addEvent(ReadinessAssessment.builder().id("q").at(settled.plusSeconds(60)).assessedBy("t-ravi")
              .level(readiness[w]).build())
          .build());
    }
    return sessions;
  }

  private static SensorySupport support(String id, Instant at, Code what, SupportResponse response, SupportEffect effect) {
    return SensorySupport.builder().id(id).at(at).support(what).response(response).effect(effect).build();
  }
}
