package org.holdspace.examples;

import java.io.PrintStream;
import java.util.Locale;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.narrative.Narrator;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;

/**
 * Public scenario A, the hard day: evaluates the session and prints a report of what value it
 * had (the rungs reached with their evidence, the reflection prompts, the parent summary), then
 * the timeline it rests on.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples -am package exec:java -DskipTests};
 * add {@code -Dexec.args=--spanish} for the prompts and summary in Spanish.
 */
public final class HardDay {

  private HardDay() {}

  /**
   * Prints the hard-day report to standard output.
   *
   * @param args {@code --spanish} (or {@code --lang=es}) for Spanish text
   */
  public static void main(String[] args) {
    Locale locale = Locale.ENGLISH;
    for (String arg : args) {
      if (arg.equals("--spanish") || arg.equals("--lang=es")) {
        locale = Locale.forLanguageTag("es");
      }
    }
    run(locale, System.out);
  }

  /** Evaluates scenario A and writes its report in {@code locale} to {@code out}. */
  static void run(Locale locale, PrintStream out) {
    Session session = PublicScenario.HARD_DAY.session();
    Assessment assessment = Evaluator.of(StandardRules.ruleSet()).evaluate(session);
    out.println("Public scenario A: a hard day");
    out.println();
    SessionReport.print(session, assessment, Narrator.of(locale), out);
  }
}
