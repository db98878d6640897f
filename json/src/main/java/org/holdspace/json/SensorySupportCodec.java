package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySystem;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportQuality;
import org.holdspace.sensory.SupportResponse;

/**
 * {@link SensorySupport} on the wire: {@code support}, {@code systems}, {@code quality}, {@code
 * response}, {@code effect}.
 */
final class SensorySupportCodec extends EventKindCodec<SensorySupport> {

  SensorySupportCodec() {
    super("sensorySupport", SensorySupport.class);
  }

  @Override
  void writeFields(SensorySupport s, JsonGenerator g) throws IOException {
    g.writeFieldName("support");
    Writing.code(s.support(), g);
    Writing.enums("systems", s.systems(), g);
    if (s.quality().isPresent()) {
      Writing.enumField("quality", s.quality().get(), g);
    }
    Writing.enumField("response", s.response(), g);
    if (s.effect().isPresent()) {
      Writing.enumField("effect", s.effect().get(), g);
    }
  }

  @Override
  Fields<SensorySupport> reader() {
    SensorySupport.Builder b = SensorySupport.builder();
    return new Fields<>() {
      private boolean support;
      private boolean response;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        switch (name) {
          case "support":
            b.support(CoreValues.code(in, "support"));
            support = true;
            return true;
          case "systems":
            b.systems(in.array("systems", r -> r.enumValue(SensorySystem.class, "A sensory system")));
            return true;
          case "quality":
            b.quality(in.enumValue(SupportQuality.class, "quality"));
            return true;
          case "response":
            b.response(in.enumValue(SupportResponse.class, "response"));
            response = true;
            return true;
          case "effect":
            b.effect(in.enumValue(SupportEffect.class, "effect"));
            return true;
          default:
            return false;
        }
      }

      @Override
      public String missing() {
        return !support ? "support" : !response ? "response" : null;
      }

      @Override
      public SensorySupport build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
