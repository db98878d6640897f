package org.holdspace.fhir;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the FHIR reader, as the JSON module's readers are fuzzed. In every
 * build the seed corpus (beside this class, in {@code FhirReaderFuzzTestInputs}: the hard day's
 * Bundle, its searchset and transaction forms, and tampered ones) runs as regression tests; {@code
 * fhir/fuzz.sh SECONDS} fuzzes. The only exception that may escape {@code readSession} or a
 * strict import is the library's own; a tolerant import of a Bundle throws nothing once the JSON
 * parses, and its report has one entry per Bundle entry.
 */
class FhirReaderFuzzTest {
  private static final HoldspaceFhir FHIR = TestCodecs.fhir();

  @FuzzTest(maxDuration = "60s")
  void readerThrowsOnlyTheLibrarysException(byte[] input) {
    String json = new String(input, StandardCharsets.UTF_8);
    try {
      FHIR.readSession(json);
    } catch (HoldspaceFhirException expected) {
      // the library's own: fine
    }
    org.hl7.fhir.r4.model.Bundle bundle;
    try {
      FHIR.importer().read(json);
      bundle = FHIR.parseBundle(json);
    } catch (HoldspaceFhirException expected) {
      return;
    }
    FhirImport tolerant = FHIR.importer().tolerant().read(bundle);
    if (tolerant.report().entries().size() != bundle.getEntry().size()) {
      throw new AssertionError("the report does not account for every entry");
    }
  }
}
