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
 * Public scenario A, the hard day (or any public scenario, {@code --scenario=Q}): evaluates the
 * session and prints a report of what value it had (the rungs reached with their evidence, the
 * incident if any, the reflection prompts, the parent summary and its status), then the timeline it
 * rests on, and writes an SVG picture of the session ({@code target/holdspace-examples/hard-day.svg},
 * or {@code --svg=PATH}).
 *
 * <p>Run from the repository root: {@code ./mvnw -q -pl examples -am package exec:java -DskipTests};
 * add {@code -Dexec.args=--spanish} for the prompts and summary in Spanish, or
 * {@code -Dexec.args=--scenario=Q} for scenario Q (one hard moment, then held).
 */
public final class HardDay {

  private HardDay() {}

  /**
   * Prints the hard-day report to standard output.
   *
   * @param args {@code --spanish} (or {@code --lang=es}) for Spanish text; {@code --scenario=LETTER}
   *     for another public scenario; {@code --svg=PATH}
   * @throws IOException if the picture cannot be written
   */
  public static void main(String[] args) throws IOException {
    Locale locale = Locale.ENGLISH;
    Path svg = null;
    PublicScenario scenario = PublicScenario.HARD_DAY;
    for (String arg : args) {
      if (arg.equals("--spanish") || arg.equals("--lang=es")) {
        locale = Locale.forLanguageTag("es");
      } else if (arg.startsWith("--svg=")) {
        svg = Path.of(arg.substring("--svg=".length()));
      } else if (arg.startsWith("--scenario=")) {
        scenario = scenario(arg.substring("--scenario=".length()));
      } else {
        System.err.println("Unknown option " + arg + "; options: --spanish, --scenario=A..F|Q..U, --svg=PATH");
        System.exit(2);
      }
    }
    if (svg == null) {
      svg = Path.of("target", "holdspace-examples", scenario == PublicScenario.HARD_DAY ? "hard-day.svg"
          : "scenario-" + Character.toLowerCase(scenario.letter()) + ".svg");
    }
    run(scenario, locale, svg, System.out);
  }

  private static PublicScenario scenario(String letter) {
    for (PublicScenario p : PublicScenario.values()) {
      if (letter.length() == 1 && Character.toUpperCase(letter.charAt(0)) == p.letter()) {
        return p;
      }
    }
    System.err.println("No public scenario " + letter + "; the letters are A to F and Q to U");
    System.exit(2);
    return null;
  }

  /** Evaluates scenario A, writes its report in {@code locale} to {@code out} and its picture to {@code svg}. */
  static void run(Locale locale, Path svg, PrintStream out) throws IOException {
    run(PublicScenario.HARD_DAY, locale, svg, out);
  }

  /** Evaluates {@code scenario}, writes its report in {@code locale} to {@code out} and its picture to {@code svg}. */
  static void run(PublicScenario scenario, Locale locale, Path svg, PrintStream out) throws IOException {
    Session session = scenario.session();
    Assessment assessment = Evaluator.of(StandardRules.ruleSet()).evaluate(session);
    String title = "Public scenario " + scenario.letter() + ": " + scenario.title();
    boolean spanish = locale.getLanguage().equals("es");
    out.println(spanish ? "Escenario público " + scenario.letter() + " (" + session.id() + ")" : title);
    out.println();
    SessionReport.print(session, assessment, Narrator.of(locale), out);
    Path parent = svg.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(svg, TimelineSvg.of(session, title + " (" + session.id() + ")"),
        StandardCharsets.UTF_8);
    out.println();
    out.println((spanish ? "Imagen de la sesión escrita en " : "Picture of the session written to ") + svg);
  }
}
