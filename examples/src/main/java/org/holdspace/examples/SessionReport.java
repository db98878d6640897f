package org.holdspace.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.FindingKind;
import org.holdspace.evaluation.GoalOutcome;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.ParentSummary;
import org.holdspace.narrative.Statement;
import org.holdspace.narrative.SummaryStatus;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;

/** A plain-text report of one session and its assessment, as the examples print it. */
final class SessionReport {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private SessionReport() {}

  static void print(Session session, Assessment a, Narrator narrator, PrintStream out) {
    Duration length = session.actual().map(i -> i.length()).orElse(Duration.ZERO);
    out.printf("Session %s: %s, %d minutes, %s%n", session.id(),
        session.discipline().display().orElse(session.discipline().code()), length.toMinutes(), word(session.status()));
    out.println("Headline: " + narrator.headline(a));
    for (Finding f : a.findings(FindingKind.INCIDENT)) {
      out.printf("Incident: %s (events %s)%n", narrator.text(f), String.join(", ", f.evidence()));
    }
    out.println();
    out.println("Value ladder (rule set " + a.ruleSetId() + " v" + a.ruleSetVersion() + ")");
    for (Rung rung : Rung.values()) {
      List<Finding> evidence = a.evidenceFor(rung);
      out.printf("  [%s] %s%n", evidence.isEmpty() ? " " : "x", narrator.rung(rung));
      for (Finding f : evidence) {
        out.printf("        %s (events %s)%n", narrator.text(f), String.join(", ", f.evidence()));
      }
    }
    out.println();
    GoalOutcome goals = a.goalOutcome();
    if (!goals.hasAttempts()) {
      out.println("Goal work: none this session, and nothing is counted against it.");
    } else {
      out.printf("Goal work: %d attempts; GAS levels %s%s%n", goals.attemptIds().size(), goals.gasLevels(),
          goals.tScore().isPresent() ? String.format(Locale.ROOT, "; T-score %.1f", goals.tScore().getAsDouble()) : "");
      if (!goals.attemptsWhileNotReady().isEmpty()) {
        out.println("  attempted while not ready (not counted against the session): "
            + String.join(", ", goals.attemptsWhileNotReady()));
      }
    }
    for (Finding f : a.findings(FindingKind.CONTEXT)) {
      out.printf("  %s (events %s)%n", narrator.text(f), String.join(", ", f.evidence()));
    }
    out.println();
    out.println("Reflection prompts for the clinician");
    List<Statement> prompts = narrator.reflections(a);
    if (prompts.isEmpty()) {
      out.println("  (none)");
    }
    for (Statement p : prompts) {
      out.printf("  - %s%s%n", p.text(), p.evidence().isEmpty() ? "" : " (events " + String.join(", ", p.evidence()) + ")");
    }
    out.println();
    ParentSummary summary = narrator.parentSummary(a);
    out.println("Parent summary (" + word(summary.status()) + ")");
    if (summary.status() == SummaryStatus.NEEDS_CLINICIAN_REVIEW) {
      out.println("  Held for the clinician's own words before it is shared; the draft:");
    } else if (summary.status() == SummaryStatus.WITHHELD_NOT_DOCUMENTED) {
      out.println("  Withheld: too little was documented to tell the family what this session was.");
    }
    for (String paragraph : summary.draftForClinician().split("\n\n")) { // held: shown as the clinician's draft
      if (!paragraph.isBlank()) {
        out.println("  " + paragraph);
      }
    }
    out.println();
    out.println("Session note");
    for (String line : narrator.sessionNote(session, a).text().split("\n")) {
      out.println(line.isEmpty() ? "" : "  " + line);
    }
    out.println();
    printTimeline(session, out);
  }

  static void printTimeline(Session session, PrintStream out) {
    ZoneId zone = session.zone().orElse(ZoneId.of("UTC"));
    out.println("Timeline (" + zone + ")");
    List<SessionEvent> events = SessionFacts.of(session, org.holdspace.evaluation.EvaluationConfig.defaults(),
        org.holdspace.evaluation.ClientHistory.none()).timeline();
    for (SessionEvent e : events) {
      String time = CLOCK.format(e.at().atZone(zone))
          + e.until().map(u -> "-" + CLOCK.format(u.atZone(zone))).orElse("      ");
      out.printf("  %s  %-4s %s%n", time, e.id(), describe(e));
    }
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
      return "clinician note (text not shown)";
    }
    return "event of another kind";
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
