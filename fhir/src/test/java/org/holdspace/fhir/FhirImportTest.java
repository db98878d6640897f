package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.fhir.ImportReport.Outcome;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.VendorFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer: one session per Encounter from Bundles of several sessions (the module's own
 * output after a server's or a bulk export's handling, read back equal), and from another
 * system's patient record in Synthea's shape, where every resource is in a session or in the
 * report.
 */
class FhirImportTest {
  private static final HoldspaceFhir FHIR = TestCodecs.fhir();
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Instant WHEN = Instant.parse("2026-03-31T00:00:00Z");
  private static final String LOINC = "http://loinc.org";

  /** How many sessions with goals were made another's child's: the goals' own link to their session is tried. */
  private static final AtomicInteger SHARED_CHILD = new AtomicInteger();

  @TempDir
  Path dir;

  private static boolean writable(Session s) {
    return Displays.codes(s).stream().allMatch(c -> Writing.isFhirCode(c.code()) && Writing.isFhirUri(c.system()));
  }

  /** The sessions, writable and with distinct ids, some of them made one child's (as a patient's record is). */
  private static List<Session> distinct(List<Session> generated) {
    Set<String> ids = new HashSet<>();
    List<Session> out = new ArrayList<>();
    for (Session s : generated) {
      if (writable(s) && ids.add(s.id())) {
        boolean sameChild = !(s instanceof VendorFixtures.ClinicSession) && out.size() % 2 == 1;
        out.add(sameChild ? Session.builder().from(s).clientId(out.get(0).clientId()).build() : s);
        SHARED_CHILD.addAndGet(sameChild && !s.goals().isEmpty() ? 1 : 0);
      }
    }
    return out;
  }

  /** The session with its events in one order: by time, then id. */
  private static Session eventsInOrder(Session s) {
    return s.withEvents(s.events().stream().sorted(java.util.Comparator.comparing(
        org.holdspace.timeline.SessionEvent::at).thenComparing(org.holdspace.timeline.SessionEvent::id)).toList());
  }

  /** One Bundle of all the sessions' resources (each with its assessment, summary, note and provenance). */
  private static Bundle together(List<Session> sessions) {
    Bundle all = new Bundle().setType(Bundle.BundleType.COLLECTION);
    Set<String> urls = new HashSet<>();
    for (Session s : sessions) {
      for (Bundle.BundleEntryComponent e : ServerHandlingTest.full(s).getEntry()) {
        if (urls.add(e.getFullUrl())) { // the rule set's Device is every session's: one entry
          all.addEntry(e);
        }
      }
    }
    return all;
  }

  @Test
  void severalSessionsReadBackFromOneSearchset() {
    qt(40).forAll(lists().of(Generators.sessions().mix(Generators.vendorSessions(), 20)).ofSizeBetween(1, 5))
        .checkAssert(generated -> {
          List<Session> sessions = distinct(generated);
          Bundle searchset = ServerHandlingTest.searchset(together(sessions), sessions.size() % 2 == 0);
          FhirImport imported = FHIR.importer().read(searchset);
          assertThat(imported.sessions()).isEqualTo(sessions);
          assertThat(imported.report().entries()).hasSize(searchset.getEntry().size());
          assertThat(imported.report().count(Outcome.SKIPPED) + imported.report().count(Outcome.REFUSED)
              + imported.report().count(Outcome.KEPT)).isZero();
        });
  }

  @Test
  void severalSessionsReadBackFromTheirBulkExport() {
    AtomicInteger run = new AtomicInteger();
    qt(20).forAll(lists().of(Generators.sessions().mix(Generators.vendorSessions(), 20)).ofSizeBetween(1, 5))
        .checkAssert(generated -> {
          List<Session> sessions = distinct(generated);
          Path out = dir.resolve("run" + run.incrementAndGet());
          try (FhirBulkExport bulk = FhirBulkExport.open(FHIR, out, WHEN, "r")) {
            sessions.forEach(s -> bulk.add(FHIR.export(s).with(EVALUATOR.evaluate(s)).withProvenance()));
          }
          FhirImport imported = FHIR.importer().readBulk(out);
          // a bulk directory keeps no order between its files: equal up to the order of events, and evaluated alike
          assertThat(imported.sessions().stream().map(FhirImportTest::eventsInOrder).toList())
              .isEqualTo(sessions.stream().map(FhirImportTest::eventsInOrder).toList());
          for (int i = 0; i < sessions.size(); i++) {
            assertThat(EVALUATOR.evaluate(imported.sessions().get(i))).isEqualTo(EVALUATOR.evaluate(sessions.get(i)));
          }
          assertThat(imported.report().count(Outcome.READ) + imported.report().count(Outcome.DERIVED))
              .isEqualTo(imported.report().entries().size());
        });
    assertThat(SHARED_CHILD.get()).isPositive();
  }

  @Test
  void aTransactionReadsBack() {
    for (PublicScenario p : PublicScenario.values()) {
      Bundle transaction = FHIR.export(p.session()).with(EVALUATOR.evaluate(p.session())).toTransaction();
      assertThat(FHIR.importer().read(transaction).sessions()).containsExactly(p.session());
    }
  }

  /** The hard day's bulk export, its Observation file edited. */
  private Session hardDayInBulk(java.util.function.Consumer<List<String>> edit) throws IOException {
    Session s = PublicScenario.HARD_DAY.session();
    try (FhirBulkExport bulk = FhirBulkExport.open(FHIR, dir, WHEN, "r")) {
      bulk.add(s);
    }
    Path observations = dir.resolve("Observation.ndjson");
    List<String> lines = new ArrayList<>(Files.readAllLines(observations));
    edit.accept(lines);
    Files.write(observations, lines);
    return s;
  }

  @Test
  void aBulkLineThatIsNotAResourceIsRefusedWhereItIs() throws IOException {
    Session s = hardDayInBulk(lines -> lines.add(1, "{\"resourceType\":\"Observation\",\"status\":'final'}"));
    assertThat(catchThrowable(() -> FHIR.importer().readBulk(dir))).isInstanceOfSatisfying(HoldspaceFhirException.class,
        e -> assertThat(e.location()).isEqualTo("Observation.ndjson:2"));
    FhirImport tolerant = FHIR.importer().tolerant().readBulk(dir);
    assertThat(tolerant.sessions()).extracting(FhirImportTest::eventsInOrder).containsExactly(eventsInOrder(s));
    ImportReport.Entry refused = tolerant.report().entries().stream().filter(e -> e.outcome() == Outcome.REFUSED)
        .findFirst().orElseThrow();
    assertThat(refused.location()).isEqualTo("Observation.ndjson:2");
    assertThat(refused.refusal().orElseThrow().problem()).isEqualTo(Problem.MALFORMED);
    assertThat(tolerant.report().count(Outcome.REFUSED)).isEqualTo(1);
  }

  @Test
  void aBrokenLibraryEventInABulkFileIsLocatedByFileAndLine() throws IOException {
    hardDayInBulk(lines -> lines.set(2, lines.get(2).replace(Urls.EVENT_ID, Urls.BASE + "ids/other")));
    HoldspaceFhirException e = (HoldspaceFhirException) catchThrowable(() -> FHIR.importer().readBulk(dir));
    assertThat(e.problem()).isEqualTo(Problem.MISSING_ELEMENT);
    assertThat(e.location()).isEqualTo("Observation.ndjson:3.identifier");
    ImportReport.Entry refused = FHIR.importer().tolerant().readBulk(dir).report().entries().stream()
        .filter(x -> x.outcome() == Outcome.REFUSED).findFirst().orElseThrow();
    assertThat(refused.location()).isEqualTo("Observation.ndjson:3");
    assertThat(refused.refusal().orElseThrow().location()).isEqualTo("Observation.ndjson:3.identifier");
  }

  /** The examples module's patient record in Synthea's shape (its README there says what it holds). */
  static Bundle syntheaShaped() throws IOException {
    return FHIR.parseBundle(Files.readString(Path.of("..", "examples", "src", "main", "resources", "org", "holdspace",
        "examples", "synthea-shaped-patient.json")));
  }

  @Test
  void aPatientRecordGivesOneSessionPerEncounterAndAccountsForEveryResource() throws IOException {
    Bundle record = syntheaShaped();
    assertThat(catchThrowable(() -> FHIR.importer().read(record))).isInstanceOfSatisfying(HoldspaceFhirException.class,
        e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_RESOURCE)); // strictly: the Patient

    FhirImport imported = FHIR.importer().tolerant().read(record);
    assertThat(imported.sessions()).hasSize(3);
    String patient = Entries.idOf(record.getEntry().get(0).getResource());
    for (Session s : imported.sessions()) {
      assertThat(s.clientId()).isEqualTo("Patient/" + patient); // the identity's default: the reference
      assertThat(s.clinicianId()).isEqualTo("Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999990001");
      assertThat(s.discipline().system() + "|" + s.discipline().code()).isEqualTo("http://snomed.info/sct|410620009");
      assertThat(s.planned()).isEqualTo(s.actual().orElseThrow());
      assertThat(s.events()).isEmpty();
      List<org.hl7.fhir.r4.model.Resource> kept = imported.kept(s.id());
      assertThat(kept).hasSize(5); // four vital signs and a procedure
      assertThat(kept.stream().filter(r -> r instanceof Observation)).hasSize(4);
    }
    ImportReport report = imported.report();
    assertThat(report.entries()).hasSize(record.getEntry().size());
    assertThat(report.counts()).isEqualTo(Map.of(Outcome.READ, 3L, Outcome.KEPT, 15L, Outcome.SKIPPED, 11L,
        Outcome.DERIVED, 0L, Outcome.REFUSED, 0L));
    assertThat(report.countsByType(Outcome.SKIPPED)).isEqualTo(new LinkedHashMap<>(Map.of("Claim", 3L, "Condition", 1L,
        "Goal", 1L, "Immunization", 3L, "Organization", 1L, "Patient", 1L, "Practitioner", 1L)));
    ImportReport.Entry encounter = report.entries().stream().filter(e -> e.resourceType().equals("Encounter"))
        .findFirst().orElseThrow();
    assertThat(encounter.reason()).contains("the actual period taken as planned").contains("the Encounter's id");
    assertThat(report.toString()).doesNotContain(patient);
  }

  @Test
  void aVendorReadsAForeignCodeAsAnEvent() throws IOException {
    FhirImporter importer = FHIR.importer().tolerant().withEventReader(
        Code.of("http://snomed.info/sct", "710824005", null),
        (header, resource) -> ClinicianNote.builder().id(header.id()).at(header.at())
            .text(((Procedure) resource).getCode().getText()).build());
    FhirImport imported = importer.read(syntheaShaped());
    for (Session s : imported.sessions()) {
      assertThat(s.events()).hasSize(1).first().isInstanceOf(ClinicianNote.class);
      assertThat(imported.kept(s.id())).hasSize(4);
    }
    assertThat(imported.report().count(Outcome.READ)).isEqualTo(6);
    assertThat(importer.withEventReader(Code.of(LOINC, "8867-4", null), (h, r) -> null).toString())
        .contains("eventReaders=2");
  }

  @Test
  void aForeignReaderThatFailsIsReportedWithoutItsMessage() throws IOException {
    FhirImport imported = FHIR.importer().tolerant().withEventReader(Code.of(LOINC, "8867-4", null),
        (header, resource) -> {
          throw new IllegalStateException("heart rate 96 for this child");
        }).read(syntheaShaped());
    List<ImportReport.Entry> refused = imported.report().entries().stream()
        .filter(e -> e.outcome() == Outcome.REFUSED).toList();
    assertThat(refused).hasSize(3);
    assertThat(refused.get(0).reason()).contains("IllegalStateException").doesNotContain("96");
    assertThat(imported.sessions()).hasSize(3); // a refused event does not refuse its session
  }
}
