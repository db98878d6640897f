package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.holdspace.scenario.PublicScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README shows scenario D's and F's parent summaries in English and Spanish exactly as the
 * example prints them ({@code HardDay --scenario=D}, {@code --spanish}), and lines of scenario A's
 * session note as the example prints them, so the front door never shows a sentence the library no
 * longer writes.
 */
class ReadmeSummariesTest {
  @TempDir
  Path dir;

  /** The summary part of what the example prints, from its label to the blank line after it. */
  private String printed(PublicScenario p, Locale locale) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HardDay.run(p, locale, dir.resolve("x.svg"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    int from = out.indexOf(locale.getLanguage().equals("es") ? "Resumen para la familia\n" : "Parent summary\n");
    return out.substring(from, out.indexOf("\n\n", from) + 1);
  }

  @Test
  void theReadmeShowsDAndFAsTheExamplePrintsThem() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (PublicScenario p : new PublicScenario[] {PublicScenario.DEMAND_OUTRUNS_READINESS,
        PublicScenario.SHUTDOWN_ALL_SESSION}) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
        assertThat(readme).as("%s in %s", p, locale).contains(printed(p, locale));
      }
    }
  }

  @Test
  void theReadmesNoteExcerptIsWhatTheExamplePrints() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("## What the record and the payer read");
    String block = readme.substring(readme.indexOf("```text\n", from) + 8, readme.indexOf("```\n", readme.indexOf(
        "```text\n", from) + 8));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HardDay.run(PublicScenario.HARD_DAY, Locale.ENGLISH, dir.resolve("a.svg"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    int lines = 0;
    for (String line : block.split("\n")) {
      if (!line.isBlank() && !line.strip().equals("...")) {
        assertThat(out).as("README line").contains(line + "\n");
        lines++;
      }
    }
    assertThat(lines).isGreaterThan(10);
  }
}
