package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.connection.ConnectionObservation;

/** {@link ConnectionObservation} on the wire: {@code sign}. */
final class ConnectionObservationCodec extends EventKindCodec<ConnectionObservation> {

  ConnectionObservationCodec() {
    super("connectionObservation", ConnectionObservation.class);
  }

  @Override
  void writeFields(ConnectionObservation e, JsonGenerator g) throws IOException {
    g.writeFieldName("sign");
    Writing.code(e.sign(), g);
  }

  @Override
  Fields<ConnectionObservation> reader() {
    ConnectionObservation.Builder b = ConnectionObservation.builder();
    return new Fields<>() {
      private boolean sign;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        if (!name.equals("sign")) {
          return false;
        }
        b.sign(CoreValues.code(in, "sign"));
        sign = true;
        return true;
      }

      @Override
      public String missing() {
        return sign ? null : "sign";
      }

      @Override
      public ConnectionObservation build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
