package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.holdspace.testkit.Theories.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.VendorFixtures.HydrationBreak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk export: one NDJSON file per resource type, a manifest whose counts match, references a bulk reader can follow. */
class FhirBulkExportTest {
  private static final HoldspaceFhir FHIR = TestCodecs.fhir();
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Instant WHEN = Instant.parse("2026-03-31T00:00:00Z");

  @TempDir
  Path dir;

  /** The scenarios and generated sessions, one per session id (resource ids derive from it). */
  private List<Session> sessions() {
    List<Session> sessions = new ArrayList<>();
    Set<String> sessionIds = new HashSet<>();
    for (PublicScenario p : PublicScenario.values()) {
      sessions.add(p.session());
      sessionIds.add(p.session().id());
    }
    qt(150).withFixedSeed(7L).forAll(Generators.sessions()).checkAssert(s -> {
      if (Displays.codes(s).stream().allMatch(c -> Writing.isFhirCode(c.code()) && Writing.isFhirUri(c.system()))
          && sessionIds.add(s.id())) {
        sessions.add(s);
      }
    });
    assertThat(sessions).hasSizeGreaterThan(60);
    return sessions;
  }

  @Test
  void everyResourceOfEverySessionIsOneLineOfItsTypesFileAndTheManifestCountsThem() throws IOException {
    List<Session> sessions = sessions();
    Map<String, Long> expected = new HashMap<>();
    try (FhirBulkExport bulk = FhirBulkExport.open(FHIR, dir, WHEN, "https://ehr.example/fhir/$export")) {
      for (Session s : sessions) {
        SessionExport export = FHIR.export(s).with(EVALUATOR.evaluate(s));
        for (Bundle.BundleEntryComponent e : export.toBundle().getEntry()) {
          expected.merge(e.getResource().fhirType(), 1L, Long::sum);
        }
        bulk.add(export);
      }
      assertThat(bulk.counts()).isEqualTo(expected);
    }
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    assertThat(manifest.get("transactionTime").asText()).isEqualTo("2026-03-31T00:00:00Z");
    assertThat(manifest.get("request").asText()).isEqualTo("https://ehr.example/fhir/$export");
    assertThat(manifest.get("requiresAccessToken").asBoolean()).isFalse();
    assertThat(manifest.get("error")).isEmpty();
    Map<String, Long> listed = new HashMap<>();
    Set<String> ids = new HashSet<>();
    List<Resource> all = new ArrayList<>();
    for (JsonNode out : manifest.get("output")) {
      String type = out.get("type").asText();
      Path file = Path.of(java.net.URI.create(out.get("url").asText()));
      assertThat(file.getFileName().toString()).isEqualTo(type + ".ndjson");
      List<String> lines = Files.readAllLines(file);
      assertThat((long) lines.size()).isEqualTo(out.get("count").asLong());
      listed.put(type, out.get("count").asLong());
      for (String line : lines) {
        Resource r = (Resource) FHIR.context().newJsonParser().parseResource(line);
        assertThat(r.fhirType()).isEqualTo(type);
        assertThat(ids.add(type + "/" + r.getIdElement().getIdPart())).as("ids are unique").isTrue();
        all.add(r);
      }
    }
    assertThat(listed).isEqualTo(expected);
    long observations = 0;
    for (Resource r : all) {
      if (r instanceof Observation) {
        observations++;
        String encounter = ((Observation) r).getEncounter().getReference();
        assertThat(encounter).startsWith("Encounter/");
        assertThat(ids).contains(encounter);
      }
    }
    assertThat(observations).isPositive();
  }

  @Test
  void aRefusedSessionWritesNothingAndTheExportGoesOn() throws IOException {
    Session hardDay = PublicScenario.HARD_DAY.session();
    Session unwritable = hardDay.withEvents(List.of(
        HydrationBreak.builder().id("h1").at(hardDay.planned().start()).millilitres(100).build()));
    try (FhirBulkExport bulk = FhirBulkExport.open(HoldspaceFhir.standard(), dir, WHEN, "r")) {
      assertThatThrownBy(() -> bulk.add(unwritable)).isInstanceOf(HoldspaceFhirException.class);
      assertThat(bulk.counts()).isEmpty();
      bulk.add(hardDay);
      assertThat(bulk.counts()).containsEntry("Encounter", 1L);
    }
    assertThat(Files.readAllLines(dir.resolve("Encounter.ndjson"))).hasSize(1);
  }

  @Test
  void referencesAreRewrittenOnTheJsonAsAWalkOverTheElementsRewritesThem() throws IOException {
    // the oracle: each resource's Reference elements found by HAPI's terser and rewritten before encoding
    ca.uhn.fhir.parser.IParser parser = FHIR.context().newJsonParser();
    ca.uhn.fhir.util.FhirTerser terser = FHIR.context().newTerser();
    Map<String, List<String>> expected = new HashMap<>();
    List<Session> sessions = sessions();
    long rewritten = 0;
    try (FhirBulkExport bulk = FhirBulkExport.open(FHIR, dir, WHEN, "r")) {
      for (Session s : sessions) {
        Bundle bundle = FHIR.export(s).with(EVALUATOR.evaluate(s)).toBundle();
        Map<String, String> local = new HashMap<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
          local.put(e.getFullUrl(), e.getResource().fhirType() + "/" + e.getResource().getIdElement().getIdPart());
        }
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
          for (org.hl7.fhir.r4.model.Reference ref
              : terser.getAllPopulatedChildElementsOfType(e.getResource(), org.hl7.fhir.r4.model.Reference.class)) {
            if (ref.hasReference() && local.containsKey(ref.getReference())) {
              ref.setReference(local.get(ref.getReference()));
              rewritten++;
            }
          }
          expected.computeIfAbsent(e.getResource().fhirType(), k -> new ArrayList<>())
              .add(parser.encodeResourceToString(e.getResource()));
        }
        bulk.add(FHIR.export(s).with(EVALUATOR.evaluate(s)));
      }
    }
    assertThat(rewritten).as("the sessions have references between their resources").isGreaterThan(1000);
    for (Map.Entry<String, List<String>> type : expected.entrySet()) {
      assertThat(Files.readAllLines(dir.resolve(type.getKey() + ".ndjson"))).as(type.getKey()).isEqualTo(type.getValue());
    }
    // a value with an escape in it, or one that names no entry, stays as it is
    assertThat(FhirBulkExport.localReferences("{\"reference\":\"urn:uuid:a\\\"b\"}", Map.of("urn:uuid:a", "X/1")))
        .isEqualTo("{\"reference\":\"urn:uuid:a\\\"b\"}");
    assertThat(FhirBulkExport.localReferences("{\"reference\":\"urn:uuid:c\",\"x\":{\"reference\":\"urn:uuid:a\"}}",
        Map.of("urn:uuid:a", "X/1"))).isEqualTo("{\"reference\":\"urn:uuid:c\",\"x\":{\"reference\":\"X/1\"}}");
  }

  @Test
  void onSeveralThreadsTheFilesAreTheSameAsOneSessionAtATime() throws IOException {
    List<Session> sessions = sessions();
    Path one = dir.resolve("one");
    try (FhirBulkExport bulk = FhirBulkExport.open(FHIR, one, WHEN, "r")) {
      for (Session s : sessions) {
        bulk.add(FHIR.export(s).with(EVALUATOR.evaluate(s)));
      }
    }
    for (int threads : new int[] {1, 3}) {
      Path many = dir.resolve("threads-" + threads);
      try (FhirBulkExport bulk = FhirBulkExport.open(FHIR, many, WHEN, "r")) {
        assertThat(bulk.addAll(sessions, s -> FHIR.export(s).with(EVALUATOR.evaluate(s)), threads))
            .isEqualTo(sessions.size());
      }
      try (java.util.stream.Stream<Path> files = Files.list(one)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".ndjson")).toList()) {
          assertThat(Files.readAllLines(many.resolve(f.getFileName()))).as(threads + " threads: " + f.getFileName())
              .isEqualTo(Files.readAllLines(f));
        }
      }
      assertThat(Files.readString(many.resolve("manifest.json")).replace(many.toUri().toString(), ""))
          .isEqualTo(Files.readString(one.resolve("manifest.json")).replace(one.toUri().toString(), ""));
    }
  }

  @Test
  void onSeveralThreadsARefusedSessionStopsTheExportAfterEverySessionBeforeIt() throws IOException {
    List<Session> sessions = new ArrayList<>();
    Session hardDay = PublicScenario.HARD_DAY.session();
    for (int i = 0; i < 100; i++) {
      sessions.add(Session.builder().from(hardDay).id("s-" + i).build());
    }
    sessions.set(70, sessions.get(70).withEvents(List.of(
        HydrationBreak.builder().id("h1").at(hardDay.planned().start()).millilitres(100).build())));
    try (FhirBulkExport bulk = FhirBulkExport.open(HoldspaceFhir.standard(), dir, WHEN, "r")) {
      HoldspaceFhirException refused = catchThrowableOfType(
          () -> bulk.addAll(sessions, HoldspaceFhir.standard()::export, 2), HoldspaceFhirException.class);
      assertThat(refused.problem()).isEqualTo(HoldspaceFhirException.Problem.NOT_WRITABLE);
      assertThat(bulk.counts()).containsEntry("Encounter", 70L);
    }
    List<String> encounters = Files.readAllLines(dir.resolve("Encounter.ndjson"));
    assertThat(encounters).hasSize(70);
    for (int i = 0; i < 100; i++) { // the first seventy, in order, and none after the refused one
      String id = "\"s-" + i + "\"";
      if (i < 70) {
        assertThat(encounters.get(i)).contains(id);
      } else {
        assertThat(encounters).noneMatch(line -> line.contains(id));
      }
    }
    assertThatThrownBy(() -> FhirBulkExport.open(FHIR, dir.resolve("x"), WHEN, "r").addAll(List.of(), FHIR::export, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void manifestStringsAreEscaped() {
    assertThat(FhirBulkExport.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\u000a\"");
  }
}
