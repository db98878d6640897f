package org.holdspace.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.holdspace.billing.BillingCode;
import org.holdspace.billing.InterventionKind;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.FindingKind;
import org.holdspace.evaluation.GoalOutcome;
import org.holdspace.evaluation.Rung;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.NoteContext;
import org.holdspace.narrative.ParentSummary;
import org.holdspace.narrative.Statement;
import org.holdspace.narrative.SummaryStatus;
import org.holdspace.session.Session;

/** A plain-text report of one session and its assessment, as the examples print it. */
final class SessionReport {
  /**
   * What a clinic's software knows when it makes a note and the session does not hold: here a
   * made-up clinician and a vendor's own billing codes (the library ships none; these are example
   * codes in an example system, not real billing codes).
   */
  static final NoteContext EXAMPLE_CONTEXT = NoteContext.builder()
      .clinician("Alex Example", "OTR/L")
      .bill(InterventionKind.CO_REGULATION, BillingCode.timed(Code.of("https://ehr.example/billing", "ex-sensory")))
      .bill(InterventionKind.SENSORY_SUPPORT, BillingCode.timed(Code.of("https://ehr.example/billing", "ex-sensory")))
      .bill(InterventionKind.THERAPEUTIC_ACTIVITY,
          BillingCode.timed(Code.of("https://ehr.example/billing", "ex-activities")))
      .build();
  private SessionReport() {}

  static void print(Session session, Assessment a, Narrator narrator, PrintStream out) {
    Duration length = session.actual().map(i -> i.length()).orElse(Duration.ZERO);
    out.printf("%s: %s%n", session.id(), narrator.text("time.minutes").replace("{n}", String.valueOf(length.toMinutes())));
    String events = narrator.text("label.events");
    out.println(narrator.text("label.headline") + ": " + narrator.headline(a));
    for (Finding f : a.findings(FindingKind.INCIDENT)) {
      out.printf("%s: %s (%s %s)%n", narrator.text("label.incident"), narrator.text(f), events,
          String.join(", ", f.evidence()));
    }
    out.println();
    out.println(narrator.text("label.ladder") + " (" + a.ruleSetId() + " v" + a.ruleSetVersion() + ")");
    for (Rung rung : Rung.values()) {
      List<Finding> evidence = a.evidenceFor(rung);
      out.printf("  [%s] %s%n", evidence.isEmpty() ? " " : "x", narrator.rung(rung));
      for (Finding f : evidence) {
        out.printf("        %s (%s %s)%n", narrator.text(f), events, String.join(", ", f.evidence()));
      }
    }
    out.println();
    GoalOutcome goals = a.goalOutcome();
    if (!goals.hasAttempts()) {
      out.println(narrator.text("label.goal-work-none"));
    } else {
      // in the text's language; attempts while not ready are a context finding, printed below
      String tScore = goals.tScore().isPresent() ? narrator.text("label.t-score")
          .replace("{t}", String.format(Locale.ROOT, "%.1f", goals.tScore().getAsDouble())) : "";
      out.println(narrator.text("label.goal-work").replace("{count}", String.valueOf(goals.attemptIds().size()))
          .replace("{levels}", goals.gasLevels().toString()).replace("{tscore}", tScore));
    }
    for (Finding f : a.findings(FindingKind.CONTEXT)) {
      out.printf("  %s (%s %s)%n", narrator.text(f), events, String.join(", ", f.evidence()));
    }
    out.println();
    out.println(narrator.text("label.prompts"));
    List<Statement> prompts = narrator.reflections(session, a);
    if (prompts.isEmpty()) {
      out.println("  " + narrator.text("label.none"));
    }
    for (Statement p : prompts) {
      out.printf("  - %s%s%n", p.text(), p.evidence().isEmpty() ? "" : " (" + events + " " + String.join(", ", p.evidence()) + ")");
    }
    out.println();
    ParentSummary summary = narrator.parentSummary(session, a);
    out.println(narrator.text("label.summary"));
    if (summary.status() == SummaryStatus.NEEDS_CLINICIAN_REVIEW) {
      out.println("  " + narrator.text("label.held"));
    } else if (summary.status() == SummaryStatus.WITHHELD_NOT_DOCUMENTED) {
      out.println("  " + narrator.text("label.withheld"));
    }
    for (String paragraph : summary.draftForClinician().split("\n\n")) { // held: shown as the clinician's draft
      if (!paragraph.isBlank()) {
        out.println("  " + paragraph);
      }
    }
    out.println();
    out.println(narrator.text("label.note"));
    for (String line : narrator.sessionNote(session, a, EXAMPLE_CONTEXT).text().split("\n")) {
      out.println(line.isEmpty() ? "" : "  " + line);
    }
  }
}
