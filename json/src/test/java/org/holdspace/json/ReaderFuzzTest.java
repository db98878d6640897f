package org.holdspace.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.holdspace.session.Session;

/**
 * Coverage-guided fuzzing of the readers. In every build each target's seed corpus (beside this
 * class, in {@code ReaderFuzzTestInputs}) runs as regression tests; {@code json/fuzz.sh SECONDS}
 * fuzzes each target for that long. The only exception that may escape a reader is the
 * library's own.
 */
class ReaderFuzzTest {
  private static final HoldspaceJson JSON = HoldspaceJson.of(VendorCodecs.module());
  private static final HoldspaceJson KEEP = HoldspaceJson.of(HoldspaceModule.builder().keepUnknownContent().build());

  /** Session and assessment documents, in the default mode and the mode that keeps unknown content. */
  @FuzzTest(maxDuration = "60s")
  void documentReadersThrowOnlyTheLibrarysException(byte[] input) {
    try {
      JSON.readSession(input);
    } catch (HoldspaceJsonException expected) {
      // the library's own: fine
    }
    try {
      KEEP.writeSession(KEEP.readSession(input));
    } catch (HoldspaceJsonException expected) {
      // the library's own: fine
    }
    try {
      JSON.readAssessment(input);
    } catch (HoldspaceJsonException expected) {
      // the library's own: fine
    }
  }

  /** NDJSON streams: every line gives a value or the library's error, and reading never stops early. */
  @FuzzTest(maxDuration = "60s")
  void ndjsonReaderThrowsNothing(byte[] input) throws IOException {
    long lines = 0;
    try (NdjsonReader<Session> reader = JSON.readSessions(new ByteArrayInputStream(input))) {
      while (reader.hasNext()) {
        NdjsonLine<Session> line = reader.next();
        if (line.number() <= lines) {
          throw new AssertionError("line numbers must grow");
        }
        lines = line.number();
      }
    }
  }
}
