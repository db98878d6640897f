package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.holdspace.fhir.FhirImport;
import org.holdspace.fhir.ImportReport.Outcome;
import org.junit.jupiter.api.Test;

class ImportRecordTest {
  @Test
  void importsOneSessionPerEncounterAndTheDocsShowItsOutputAsPrinted() throws Exception {
    String json;
    try (InputStream in = ImportRecord.class.getResourceAsStream("synthea-shaped-patient.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FhirImport imported = ImportRecord.run(json, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(imported.sessions()).hasSize(3);
    assertThat(imported.sessions()).allSatisfy(s -> {
      assertThat(s.clinicianId()).isEqualTo("npi-9999990001");
      assertThat(s.id()).hasSize(36); // the sender's Encounter identifier (a uuid), read in its system
    });
    assertThat(imported.report().count(Outcome.REFUSED)).isZero();
    String docs = Files.readString(Path.of("..", "docs", "fhir.md")).replace("\r\n", "\n");
    assertThat(docs).contains(out.replace("\r\n", "\n").strip());
  }
}
