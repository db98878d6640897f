package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.narrative.Narrator;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * HAPI's validator (offline, base R4 plus the library's CodeSystems, one instance for the class)
 * finds no error in the Bundle of any public scenario or of 500 generated sessions, each with its
 * assessment, parent summary and session note. The messages it does give are counted by severity
 * and kind into {@code target/fhir-validation/messages.txt}, for the README.
 */
class FhirBundleValidationTest {
  private static final FhirValidation VALIDATOR = new FhirValidation();
  private static final HoldspaceFhir FHIR = TestCodecs.fhir();
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Map<String, Integer> COUNTS = new TreeMap<>();
  private static final AtomicInteger BUNDLES = new AtomicInteger();

  private static Bundle fullBundle(Session s, Locale locale) {
    Assessment a = EVALUATOR.evaluate(s);
    Narrator n = Narrator.of(locale);
    return FHIR.export(s).with(a).with(n.parentSummary(s, a)).with(n.sessionNote(s, a)).toBundle();
  }

  private static List<SingleValidationMessage> validate(Bundle b) {
    List<SingleValidationMessage> messages = VALIDATOR.messages(b);
    synchronized (COUNTS) {
      BUNDLES.incrementAndGet();
      for (SingleValidationMessage m : messages) {
        COUNTS.merge(m.getSeverity() + " " + m.getMessageId() + kindOf(m), 1, Integer::sum);
      }
    }
    return FhirValidation.errors(messages);
  }

  /** The extension's or code system's URL for the two kinds whose message names one; nothing else of the message. */
  private static String kindOf(SingleValidationMessage m) {
    String id = String.valueOf(m.getMessageId());
    if (id.equals("Extension_EXT_Unknown") || id.equals("Terminology_PassThrough_TX_Message")) {
      String text = m.getMessage();
      int at = text.indexOf("http");
      return at < 0 ? "" : " " + text.substring(at).split("[ ']")[0];
    }
    return "";
  }

  @Test
  void everyPublicScenarioValidatesWithNoErrorInEitherLanguage() {
    for (PublicScenario p : PublicScenario.values()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
        List<SingleValidationMessage> errors = validate(fullBundle(p.session(), locale));
        assertThat(errors).as(p + " " + locale + "\n" + FhirValidation.describe(errors)).isEmpty();
      }
    }
  }

  @Test
  void fiveHundredGeneratedSessionsValidateWithNoError() {
    AtomicInteger validated = new AtomicInteger();
    // a fixed seed: the same 500 sessions each build, so the counts in the README can be checked
    qt(1000).withFixedSeed(20261129L).forAll(Generators.sessions().mix(Generators.vendorSessions(), 20))
        .checkAssert(s -> {
          boolean writable = Displays.codes(s).stream()
              .allMatch(c -> Writing.isFhirCode(c.code()) && Writing.isFhirUri(c.system()));
          if (writable && validated.get() < 500) {
            validated.incrementAndGet();
            List<SingleValidationMessage> errors = validate(fullBundle(s, Locale.ENGLISH));
            assertThat(errors).as(FhirValidation.describe(errors)).isEmpty();
          }
        });
    assertThat(validated.get()).isEqualTo(500);
  }

  @Test
  void theValidatorDoesReportErrors() { // so that "no error" above means something
    Bundle b = fullBundle(PublicScenario.HARD_DAY.session(), Locale.ENGLISH);
    ((org.hl7.fhir.r4.model.Encounter) b.getEntryFirstRep().getResource()).setClass_(null);
    assertThat(VALIDATOR.errors(b)).isNotEmpty();
  }

  @AfterAll
  static void writeCounts() throws IOException {
    Path out = Path.of("target", "fhir-validation", "messages.txt");
    Files.createDirectories(out.getParent());
    String lines = COUNTS.entrySet().stream().map(e -> e.getValue() + "\t" + e.getKey())
        .collect(Collectors.joining("\n"));
    Files.writeString(out, "# HAPI validator messages over " + BUNDLES.get() + " Bundles, by severity and kind\n"
        + lines + "\n");
  }
}
