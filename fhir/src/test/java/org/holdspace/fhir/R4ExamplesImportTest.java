package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.fhir.ImportReport.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FHIR R4 specification's own examples (npm package {@code hl7.fhir.r4.examples} 4.0.1: its 34
 * example Bundles under 1 MB and its 10 Encounters, each in a collection Bundle of its own), read
 * by the importer. None is a therapy session, so none gives one: strictly each is a typed
 * refusal, tolerantly each has a report that accounts for every entry, and the refused Encounters
 * say what a session needs. The counts are the README's.
 */
class R4ExamplesImportTest {
  private static final HoldspaceFhir FHIR = HoldspaceFhir.standard();
  private static final Map<String, Bundle> BUNDLES = new LinkedHashMap<>();
  private static final Map<String, Bundle> ENCOUNTERS = new LinkedHashMap<>();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream raw = R4ExamplesImportTest.class.getResourceAsStream("import/r4-examples.zip");
        ZipInputStream zip = new ZipInputStream(raw)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String json = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        if (e.getName().startsWith("Bundle-")) {
          BUNDLES.put(e.getName(), FHIR.parseBundle(json)); // each parses strictly
        } else if (e.getName().startsWith("Encounter-")) {
          Bundle alone = new Bundle().setType(Bundle.BundleType.COLLECTION);
          alone.addEntry().setResource((Resource) FHIR.parseResource(json, "Encounter"));
          ENCOUNTERS.put(e.getName(), alone);
        }
      }
    }
  }

  /** What the strict importer makes of each input: a count of sessions, or its refusal's problem. */
  private static Map<String, Integer> strictly(Map<String, Bundle> inputs) {
    Map<String, Integer> outcomes = new TreeMap<>();
    inputs.forEach((name, b) -> {
      try {
        outcomes.merge("sessions " + FHIR.importer().read(b).sessions().size(), 1, Integer::sum);
      } catch (HoldspaceFhirException e) {
        assertThat(e.getMessage()).as(name).startsWith(e.problem() + " at ");
        outcomes.merge(e.problem().name(), 1, Integer::sum);
      }
    });
    return outcomes;
  }

  /** The tolerant reports' outcomes, summed; every report has one entry per Bundle entry. */
  private static Map<Outcome, Long> tolerantly(Map<String, Bundle> inputs) {
    Map<Outcome, Long> sum = new TreeMap<>();
    inputs.forEach((name, b) -> {
      FhirImport imported = FHIR.importer().tolerant().read(b);
      assertThat(imported.sessions()).as(name).isEmpty();
      assertThat(imported.report().entries()).as(name).hasSize(b.getEntry().size());
      imported.report().counts().forEach((o, n) -> sum.merge(o, n, Long::sum));
    });
    return sum;
  }

  @Test
  void theExampleBundlesGiveNoSessionAndEveryEntryIsAccountedFor() {
    assertThat(BUNDLES).hasSize(34);
    assertThat(strictly(BUNDLES)).isEqualTo(Map.of("UNKNOWN_RESOURCE", 30, "MISSING_ELEMENT", 3, "DUPLICATE_ELEMENT", 1));
    assertThat(tolerantly(BUNDLES)).isEqualTo(Map.of(Outcome.READ, 0L, Outcome.KEPT, 0L, Outcome.SKIPPED, 1546L,
        Outcome.DERIVED, 0L, Outcome.REFUSED, 3L));
  }

  @Test
  void theExampleEncountersAreRefusedSayingWhatASessionNeeds() {
    assertThat(ENCOUNTERS).hasSize(10);
    assertThat(strictly(ENCOUNTERS)).isEqualTo(Map.of("MISSING_ELEMENT", 10)); // the library's session identifier
    Map<String, Integer> why = new TreeMap<>();
    ENCOUNTERS.forEach((name, b) -> {
      ImportReport.Entry e = FHIR.importer().tolerant().read(b).report().entries().get(0);
      assertThat(e.outcome()).as(name).isEqualTo(Outcome.REFUSED);
      HoldspaceFhirException refusal = e.refusal().orElseThrow();
      why.merge(refusal.location().replace("Bundle.entry[0].resource.", ""), 1, Integer::sum);
      assertThat(e.reason()).contains("expected");
    });
    assertThat(why).isEqualTo(Map.of("participant", 2, "period", 5, "period.start", 1, "type", 2));
  }
}
