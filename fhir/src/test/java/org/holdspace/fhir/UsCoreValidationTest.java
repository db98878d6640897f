package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.NoteContext;
import org.holdspace.narrative.ParentSummary;
import org.holdspace.narrative.SessionNote;
import org.holdspace.narrative.SummaryStatus;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * US Core 6.1.0 mode, validated offline by HAPI's validator with the US Core package loaded (one
 * instance for the class; LOINC as {@link FhirValidation#loincFragment()} and {@link
 * LoincDocumentTypes} say): no error in the Bundle of any public scenario in either language, nor
 * of 500 generated sessions, each with its assessment, parent summary (unless withheld) and session
 * note, half of them narrated and with Provenance; every resource claims its profile; every GAS rating has the PCO GAS score's shape; each
 * Bundle reads back equal. The messages are counted into {@code
 * target/fhir-validation/us-core-messages.txt}, for the docs.
 */
class UsCoreValidationTest {
  private static final FhirValidation VALIDATOR = new FhirValidation(true);
  private static final HoldspaceFhir FHIR = HoldspaceFhir.builder().addEvent(new TestCodecs.HydrationBreakCodec())
      .addSession(new TestCodecs.ClinicSessionCodec()).conformance(FhirConformance.US_CORE_6_1_0)
      .identity(FhirIdentity.builder().organizationReference("Organization/clinic-1")
          .build()).build();
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Map<String, Integer> COUNTS = new TreeMap<>();
  private static final AtomicInteger BUNDLES = new AtomicInteger();
  private static final Set<String> GAS_ANSWERS = Set.of("LA34484-8", "LA34483-0", "LA34481-4", "LA34480-6", "LA34479-8");

  private static Bundle bundle(Session s, Locale locale, boolean signed) {
    Assessment a = EVALUATOR.evaluate(s);
    Narrator n = Narrator.of(locale);
    SessionNote note = n.sessionNote(s, a, NoteContext.builder().clinician("Ravi Shah", "OTR/L").build());
    if (signed && note.status() == org.holdspace.narrative.NoteStatus.READY_TO_SIGN) {
      note = note.sign(s.clinicianId(), "OTR/L", s.planned().end().plusSeconds(600));
    }
    SessionExport e = FHIR.export(s).with(a).with(note);
    ParentSummary summary = n.parentSummary(s, a);
    if (summary.status() != SummaryStatus.WITHHELD_NOT_DOCUMENTED) { // no text: refused in US Core mode
      e = e.with(summary);
    }
    return (signed ? e.narratedBy(n).withProvenance() : e).toBundle(); // half of them readable, with Provenance
  }

  private static void check(Session s, Bundle b) {
    List<SingleValidationMessage> messages = VALIDATOR.messages(b);
    synchronized (COUNTS) {
      BUNDLES.incrementAndGet();
      messages.forEach(m -> COUNTS.merge(m.getSeverity() + " " + m.getMessageId(), 1, Integer::sum));
    }
    List<SingleValidationMessage> errors = FhirValidation.errors(messages);
    assertThat(errors).as(FhirValidation.describe(errors)).isEmpty();
    for (Bundle.BundleEntryComponent entry : b.getEntry()) {
      Resource r = entry.getResource();
      if (!r.fhirType().equals("ClinicalImpression") && !r.fhirType().equals("Device")) {
        assertThat(r.getMeta().getProfile()).as(r.fhirType()).singleElement()
            .satisfies(p -> assertThat(p.getValue()).startsWith(UsCore.PROFILES + "us-core-"));
      }
      if (GoalAttemptMapping.isGasRating(r)) {
        checkPcoGasScore(s, (Observation) r);
      }
      if (r instanceof org.hl7.fhir.r4.model.Procedure) { // a support or a strategy is what the intervention used
        org.hl7.fhir.r4.model.Procedure proc = (org.hl7.fhir.r4.model.Procedure) r;
        String kind = proc.getCategory().getCodingFirstRep().getCode();
        if (kind.equals("sensory-support") || kind.equals("caregiver-coaching")) {
          assertThat(proc.getCode().getCodingFirstRep().getCode()).isEqualTo(kind);
          assertThat(proc.getUsedCode()).hasSize(1);
        } else {
          assertThat(proc.getUsedCode()).isEmpty();
        }
      }
      if (r instanceof DocumentReference) {
        DocumentReference d = (DocumentReference) r;
        assertThat(d.getCategory()).anySatisfy(c -> assertThat(c.getCodingFirstRep().getCode()).isEqualTo("clinical-note"));
        assertThat(d.getType().getCoding()).singleElement();
        assertThat(d.hasDate()).isTrue();
      }
    }
    assertThat(FHIR.toSession(b)).isEqualTo(s);
  }

  /** The PCO GAS score: LOINC 107333-7, a LOINC answer of LL6900-6 for the attempt's level, effectiveDateTime, a Goal in focus. */
  private static void checkPcoGasScore(Session s, Observation gas) {
    assertThat(gas.getCode().getCoding()).anySatisfy(c -> {
      assertThat(c.getSystem()).isEqualTo("http://loinc.org");
      assertThat(c.getCode()).isEqualTo("107333-7");
    });
    assertThat(gas.getEffective()).isInstanceOf(DateTimeType.class);
    assertThat(gas.getValue()).isInstanceOf(CodeableConcept.class);
    String answer = gas.getValueCodeableConcept().getCodingFirstRep().getCode();
    assertThat(GAS_ANSWERS).contains(answer);
    assertThat(gas.getFocus()).hasSize(1);
    String attemptUrl = gas.getDerivedFromFirstRep().getReference();
    Writing urls = new Writing(s, FhirIdentity.defaults(), FhirConformance.US_CORE_6_1_0);
    GoalAttempt attempt = s.events().stream().filter(e -> e instanceof GoalAttempt).map(GoalAttempt.class::cast)
        .filter(e -> attemptUrl.equals(urls.eventUrl(e.id()))).findFirst().orElseThrow();
    int level = attempt.gasLevel().getAsInt();
    assertThat(answer).isEqualTo(List.of("LA34484-8", "LA34483-0", "LA34481-4", "LA34480-6", "LA34479-8").get(level + 2));
    Instant rated = attempt.until().orElse(attempt.at());
    assertThat(Instant.parse(gas.getEffectiveDateTimeType().getValueAsString())).isEqualTo(rated);
  }

  @Test
  void everyPublicScenarioValidatesInEitherLanguageSignedOrNot() {
    for (PublicScenario p : PublicScenario.values()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
        Bundle b = bundle(p.session(), locale, locale == Locale.ENGLISH);
        check(p.session(), b);
        // the scenarios are occupational therapy: R4's service type 61 stands beside the local code
        org.hl7.fhir.r4.model.Encounter e = (org.hl7.fhir.r4.model.Encounter) b.getEntryFirstRep().getResource();
        assertThat(e.getServiceType().getCoding()).anySatisfy(c -> {
          assertThat(c.getSystem()).isEqualTo("http://terminology.hl7.org/CodeSystem/service-type");
          assertThat(c.getCode()).isEqualTo("61");
        });
      }
    }
  }

  @Test
  void fiveHundredGeneratedSessionsValidateWithNoError() {
    AtomicInteger validated = new AtomicInteger();
    qt(1000).withFixedSeed(20261206L).forAll(Generators.sessions().mix(Generators.vendorSessions(), 20))
        .checkAssert(s -> {
          boolean writable = Displays.codes(s).stream()
              .allMatch(c -> Writing.isFhirCode(c.code()) && Writing.isFhirUri(c.system()))
              && s.events().stream().noneMatch(e -> e instanceof ClinicianNote && ((ClinicianNote) e).text().isEmpty());
          if (writable && validated.get() < 500) {
            validated.incrementAndGet();
            check(s, bundle(s, Locale.ENGLISH, validated.get() % 2 == 0));
          }
        });
    assertThat(validated.get()).isEqualTo(500);
  }

  @Test
  void theValidatorDoesReportUsCoreErrors() { // so that "no error" above means something
    Bundle b = bundle(PublicScenario.HARD_DAY.session(), Locale.ENGLISH, false);
    DocumentReference note = (DocumentReference) b.getEntry().get(b.getEntry().size() - 1).getResource();
    note.getCategory().clear(); // US Core wants a category
    assertThat(VALIDATOR.errors(b)).isNotEmpty();
    Bundle wrongType = bundle(PublicScenario.HARD_DAY.session(), Locale.ENGLISH, false);
    ((DocumentReference) wrongType.getEntry().get(wrongType.getEntry().size() - 1).getResource()).getType()
        .getCodingFirstRep().setCode("11488-4"); // a consult note: LOINC, but not one this stand-in knows
    assertThat(VALIDATOR.errors(wrongType)).isNotEmpty();
  }

  @Test
  void anEmptyTextIsRefusedNotDropped() {
    Session s = PublicScenario.HARD_DAY.session();
    List<org.holdspace.timeline.SessionEvent> events = new java.util.ArrayList<>(s.events());
    events.add(ClinicianNote.builder().id("empty").at(s.planned().start()).text("").build());
    Session withEmpty = s.withEvents(events);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FHIR.toBundle(withEmpty))
        .isInstanceOfSatisfying(HoldspaceFhirException.class, e -> {
          assertThat(e.problem()).isEqualTo(HoldspaceFhirException.Problem.NOT_WRITABLE);
          assertThat(e.location()).isEqualTo("Session.events[" + (events.size() - 1) + "]");
        });
    assertThat(HoldspaceFhir.standard().toBundle(withEmpty).getEntry()).isNotEmpty(); // base R4 holds it
  }

  @AfterAll
  static void writeCounts() throws IOException {
    Path out = Path.of("target", "fhir-validation", "us-core-messages.txt");
    Files.createDirectories(out.getParent());
    String lines = COUNTS.entrySet().stream().map(e -> e.getValue() + "\t" + e.getKey())
        .collect(Collectors.joining("\n"));
    Files.writeString(out, "# HAPI validator messages, US Core 6.1.0 loaded, over " + BUNDLES.get()
        + " Bundles, by severity and kind\n" + lines + "\n");
  }
}
