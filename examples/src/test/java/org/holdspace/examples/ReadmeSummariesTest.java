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
 * example prints them ({@code HardDay --scenario=D}, {@code --spanish}), so the front door never
 * shows a sentence the library no longer writes.
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
}
