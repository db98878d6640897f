package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.caregiver.Handover;

/** {@link Handover} on the wire: {@code to}. */
final class HandoverCodec extends EventKindCodec<Handover> {

  HandoverCodec() {
    super("handover", Handover.class);
  }

  @Override
  void writeFields(Handover h, JsonGenerator g) throws IOException {
    g.writeFieldName("to");
    Writing.code(h.to(), g);
  }

  @Override
  Fields<Handover> reader() {
    Handover.Builder b = Handover.builder();
    return new Fields<>() {
      private boolean to;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        if (!name.equals("to")) {
          return false;
        }
        b.to(CoreValues.code(in, "to"));
        to = true;
        return true;
      }

      @Override
      public String missing() {
        return to ? null : "to";
      }

      @Override
      public Handover build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
