package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.caregiver.CaregiverPresence;

/** {@link CaregiverPresence} on the wire: {@code caregiver}. */
final class CaregiverPresenceCodec extends EventKindCodec<CaregiverPresence> {

  CaregiverPresenceCodec() {
    super("caregiverPresence", CaregiverPresence.class);
  }

  @Override
  void writeFields(CaregiverPresence e, JsonGenerator g) throws IOException {
    g.writeFieldName("caregiver");
    Writing.code(e.caregiver(), g);
  }

  @Override
  Fields<CaregiverPresence> reader() {
    CaregiverPresence.Builder b = CaregiverPresence.builder();
    return new Fields<>() {
      private boolean caregiver;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        if (!name.equals("caregiver")) {
          return false;
        }
        b.caregiver(CoreValues.code(in, "caregiver"));
        caregiver = true;
        return true;
      }

      @Override
      public String missing() {
        return caregiver ? null : "caregiver";
      }

      @Override
      public CaregiverPresence build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
