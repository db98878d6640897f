package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.demand.EnvironmentFactor;

/** {@link EnvironmentFactor} on the wire: {@code factor}. */
final class EnvironmentFactorCodec extends EventKindCodec<EnvironmentFactor> {

  EnvironmentFactorCodec() {
    super("environmentFactor", EnvironmentFactor.class);
  }

  @Override
  void writeFields(EnvironmentFactor e, JsonGenerator g) throws IOException {
    g.writeFieldName("factor");
    Writing.code(e.factor(), g);
  }

  @Override
  Fields<EnvironmentFactor> reader() {
    EnvironmentFactor.Builder b = EnvironmentFactor.builder();
    return new Fields<>() {
      private boolean factor;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        if (!name.equals("factor")) {
          return false;
        }
        b.factor(CoreValues.code(in, "factor"));
        factor = true;
        return true;
      }

      @Override
      public String missing() {
        return factor ? null : "factor";
      }

      @Override
      public EnvironmentFactor build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
