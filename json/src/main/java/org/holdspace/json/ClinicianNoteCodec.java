package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.session.ClinicianNote;

/** {@link ClinicianNote} on the wire: {@code text}. */
final class ClinicianNoteCodec extends EventKindCodec<ClinicianNote> {

  ClinicianNoteCodec() {
    super("clinicianNote", ClinicianNote.class);
  }

  @Override
  void writeFields(ClinicianNote e, JsonGenerator g) throws IOException {
    g.writeStringField("text", e.text());
  }

  @Override
  Fields<ClinicianNote> reader() {
    ClinicianNote.Builder b = ClinicianNote.builder();
    return new Fields<>() {
      private boolean text;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        if (!name.equals("text")) {
          return false;
        }
        b.text(in.string("text"));
        text = true;
        return true;
      }

      @Override
      public String missing() {
        return text ? null : "text";
      }

      @Override
      public ClinicianNote build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
