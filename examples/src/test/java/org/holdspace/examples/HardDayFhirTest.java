package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.holdspace.fhir.HoldspaceFhir;
import org.holdspace.scenario.PublicScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardDayFhirTest {
  @TempDir
  Path dir;

  @Test
  void writesTheHardDaysBundleReadsItBackAndTheValidatorFindsNoError() throws Exception {
    Path file = dir.resolve("hard-day.fhir.json");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int errors = HardDayFhir.run(file, new PrintStream(bytes, true, StandardCharsets.UTF_8), 0);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(errors).isZero();
    assertThat(out).contains("Written to " + file, "Read back from the file: equal to the session",
        "extension definitions): 0 errors");
    assertThat(HoldspaceFhir.standard().readSession(Files.readString(file)))
        .isEqualTo(PublicScenario.HARD_DAY.session());
    Path tx = dir.resolve("hard-day.transaction.fhir.json");
    assertThat(out).contains("conditional updates, written to " + tx + "; 0 errors",
        "  PUT Encounter?identifier=https%3A%2F%2Fehr.example%2Fids%2Fvisit|s-a-hard-day",
        "  read back: equal to the session");
    HoldspaceFhir clinic = HoldspaceFhir.builder().identity(HardDayFhir.EXAMPLE_CLINIC).build();
    assertThat(clinic.parseBundle(Files.readString(tx)).getType())
        .isEqualTo(org.hl7.fhir.r4.model.Bundle.BundleType.TRANSACTION);
  }
}
