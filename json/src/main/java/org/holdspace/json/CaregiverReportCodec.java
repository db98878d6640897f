package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.caregiver.CaregiverReport;

/** {@link CaregiverReport} on the wire: {@code concerns}, {@code words}. */
final class CaregiverReportCodec extends EventKindCodec<CaregiverReport> {

  CaregiverReportCodec() {
    super("caregiverReport", CaregiverReport.class);
  }

  @Override
  void writeFields(CaregiverReport r, JsonGenerator g) throws IOException {
    Writing.codes("concerns", r.concerns(), g);
    if (r.words().isPresent()) {
      g.writeStringField("words", r.words().get());
    }
  }

  @Override
  Fields<CaregiverReport> reader() {
    CaregiverReport.Builder b = CaregiverReport.builder();
    return new Fields<>() {
      @Override
      public boolean read(String name, Reading in) throws IOException {
        switch (name) {
          case "concerns":
            b.concerns(in.array("concerns", r -> CoreValues.code(r, "A concern")));
            return true;
          case "words":
            b.words(in.string("words"));
            return true;
          default:
            return false;
        }
      }

      @Override
      public String missing() {
        return null;
      }

      @Override
      public CaregiverReport build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
