package org.holdspace.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ListResourceBundle;
import java.util.Locale;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.FindingKind;
import org.holdspace.evaluation.RuleSet;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.examples.vendor.AcmeCodecs;
import org.holdspace.examples.vendor.AcmeSession;
import org.holdspace.examples.vendor.SnackBeforeCalmRule;
import org.holdspace.examples.vendor.SnackBreak;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.narrative.Narrator;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;

/**
 * An EHR vendor (ACME) extends Holdspace: its own session type and event type, its own code
 * system, its own rule and its rule's text; then evaluation, and a JSON round trip that keeps
 * every ACME field.
 */
public final class VendorExtension {
  private VendorExtension() {}

  /** Runs the example and prints what happens. */
  public static void main(String[] args) throws HoldspaceJsonException {
    run(System.out);
  }

  static void run(PrintStream out) throws HoldspaceJsonException {
    Session hardDay = PublicScenario.HARD_DAY.session();
    AcmeSession session = AcmeSession.builder()
        .from(hardDay)
        .authorisation("auth-2026-0042")
        .addEvent(SnackBreak.builder().id("acme-1").at(hardDay.actual().get().start().plus(Duration.ofMinutes(40)))
            .snack(SnackBreak.CRUNCHY).build())
        .build();
    out.println("ACME session " + session.id() + " with " + session.events().size() + " events, authorisation "
        + session.authorisation());

    RuleSet rules = StandardRules.ruleSet().with(new SnackBeforeCalmRule()).named("acme.rules", "2026.1");
    Assessment assessment = Evaluator.of(rules).evaluate(session);
    Narrator narrator = Narrator.of(Locale.ENGLISH).withMessages(new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{SnackBeforeCalmRule.KEY, "A snack came shortly before the child was calm."}};
      }
    });
    out.println("Assessed by " + assessment.ruleSetId() + " " + assessment.ruleSetVersion() + ": "
        + narrator.headline(assessment));
    for (Finding f : assessment.findings(FindingKind.CONTEXT)) {
      out.println("  " + f.ruleId() + " v" + f.ruleVersion() + ": " + narrator.text(f) + " (events "
          + String.join(", ", f.evidence()) + ")");
    }
    out.println("  events the standard rules do not read, kept untouched: " + assessment.unknownEventIds());

    HoldspaceJson json = HoldspaceJson.of(AcmeCodecs.module());
    byte[] bytes = json.writeSession(session);
    Session back = json.readSession(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    out.println("JSON: " + bytes.length + " bytes, type " + (text.contains("\"type\":\"acme.session\"") ? "acme.session" : "?")
        + ", authorisation " + (text.contains("\"authorisation\":\"auth-2026-0042\"") ? "kept" : "missing")
        + ", snack break " + (text.contains("\"type\":\"acme.snackBreak\"") ? "kept" : "missing"));
    out.println("Read back as " + back.getClass().getSimpleName() + ", equal to the original: " + back.equals(session));
  }
}
