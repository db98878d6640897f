package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;

/** {@link RegulationObservation} on the wire: {@code band}, {@code signs}, {@code mode}, {@code label}. */
final class RegulationObservationCodec extends EventKindCodec<RegulationObservation> {

  RegulationObservationCodec() {
    super("regulationObservation", RegulationObservation.class);
  }

  @Override
  void writeFields(RegulationObservation o, JsonGenerator g) throws IOException {
    Writing.enumField("band", o.band(), g);
    Writing.codes("signs", o.signs(), g);
    if (o.mode().isPresent()) {
      Writing.enumField("mode", o.mode().get(), g);
    }
    if (o.label().isPresent()) {
      g.writeFieldName("label");
      Writing.code(o.label().get(), g);
    }
  }

  @Override
  Fields<RegulationObservation> reader() {
    RegulationObservation.Builder b = RegulationObservation.builder();
    return new Fields<>() {
      private boolean band;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        switch (name) {
          case "band":
            b.band(in.enumValue(ArousalBand.class, "band"));
            band = true;
            return true;
          case "signs":
            b.signs(in.array("signs", r -> CoreValues.code(r, "A sign")));
            return true;
          case "mode":
            b.mode(in.enumValue(RegulationMode.class, "mode"));
            return true;
          case "label":
            b.label(CoreValues.code(in, "label"));
            return true;
          default:
            return false;
        }
      }

      @Override
      public String missing() {
        return band ? null : "band";
      }

      @Override
      public RegulationObservation build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
