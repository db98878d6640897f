package org.holdspace.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.examples.svg.TimelineSvg;
import org.holdspace.narrative.Narrator;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;

/**
 * Public scenario A, the hard day: evaluates the session and prints a report of what value it
 * had (the rungs reached with their evidence, the reflection prompts, the parent summary), then
 * the timeline it rests on, and writes an SVG picture of the session
 * ({@code target/holdspace-examples/hard-day.svg}, or {@code --svg=PATH}).
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples -am package exec:java -DskipTests};
 * add {@code -Dexec.args=--spanish} for the prompts and summary in Spanish.
 */
public final class HardDay {

  private HardDay() {}

  /**
   * Prints the hard-day report to standard output.
   *
   * @param args {@code --spanish} (or {@code --lang=es}) for Spanish text; {@code --svg=PATH}
   */
  public static void main(String[] args) throws IOException {
    Locale locale = Locale.ENGLISH;
    Path svg = Path.of("target", "holdspace-examples", "hard-day.svg");
    for (String arg : args) {
      if (arg.equals("--spanish") || arg.equals("--lang=es")) {
        locale = Locale.forLanguageTag("es");
      } else if (arg.startsWith("--svg=")) {
        svg = Path.of(arg.substring("--svg=".length()));
      }
    }
    run(locale, svg, System.out);
  }

  /** Evaluates scenario A, writes its report in {@code locale} to {@code out} and its picture to {@code svg}. */
  static void run(Locale locale, Path svg, PrintStream out) throws IOException {
    Session session = PublicScenario.HARD_DAY.session();
    Assessment assessment = Evaluator.of(StandardRules.ruleSet()).evaluate(session);
    out.println("Public scenario A: a hard day");
    out.println();
    SessionReport.print(session, assessment, Narrator.of(locale), out);
    Path parent = svg.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(svg, TimelineSvg.of(session, "Public scenario A: a hard day (" + session.id() + ")"),
        StandardCharsets.UTF_8);
    out.println();
    out.println("Picture of the session written to " + svg);
  }
}
