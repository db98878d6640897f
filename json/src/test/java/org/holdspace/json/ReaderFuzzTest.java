package org.holdspace.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Iterator;

/**
 * Coverage-guided fuzzing of the readers. In every build the seed corpus (beside this class, in
 * {@code ReaderFuzzTestInputs}) runs as regression tests; {@code JAZZER_FUZZ=1} fuzzes for the
 * duration given. The only exception that may escape a reader is the library's own.
 */
class ReaderFuzzTest {
  private static final HoldspaceJson JSON = HoldspaceJson.of(VendorCodecs.module());
  private static final HoldspaceJson KEEP = HoldspaceJson.of(HoldspaceModule.builder().keepUnknownContent().build());

  @FuzzTest(maxDuration = "60s")
  void readersThrowOnlyTheLibrarysException(byte[] input) {
    try {
      JSON.readSession(input);
    } catch (HoldspaceJsonException expected) {
      // the library's own: fine
    }
    try {
      KEEP.write(KEEP.readSession(input));
    } catch (HoldspaceJsonException expected) {
      // the library's own: fine
    }
    try {
      JSON.readAssessment(input);
    } catch (HoldspaceJsonException expected) {
      // the library's own: fine
    }
    try (NdjsonReader<org.holdspace.session.Session> lines = JSON.readSessions(new ByteArrayInputStream(input))) {
      Iterator<NdjsonLine<org.holdspace.session.Session>> it = lines;
      while (it.hasNext()) {
        it.next();
      }
    } catch (java.io.IOException e) {
      throw new AssertionError("an in-memory stream cannot fail", e);
    }
  }
}
