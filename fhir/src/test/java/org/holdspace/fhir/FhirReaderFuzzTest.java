package org.holdspace.fhir;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the FHIR reader, as the JSON module's readers are fuzzed. In every
 * build the seed corpus (beside this class, in {@code FhirReaderFuzzTestInputs}: the hard day's
 * Bundle, its searchset and transaction forms, and tampered ones) runs as regression tests; {@code
 * fhir/fuzz.sh SECONDS} fuzzes. The only exception that may escape {@code readSession} is the
 * library's own.
 */
class FhirReaderFuzzTest {
  private static final HoldspaceFhir FHIR = TestCodecs.fhir();

  @FuzzTest(maxDuration = "60s")
  void readerThrowsOnlyTheLibrarysException(byte[] input) {
    try {
      FHIR.readSession(new String(input, StandardCharsets.UTF_8));
    } catch (HoldspaceFhirException expected) {
      // the library's own: fine
    }
  }
}
