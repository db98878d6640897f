package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CoachingStep;

/** {@link CaregiverCoaching} on the wire: {@code strategy}, {@code step}. */
final class CaregiverCoachingCodec extends EventKindCodec<CaregiverCoaching> {

  CaregiverCoachingCodec() {
    super("caregiverCoaching", CaregiverCoaching.class);
  }

  @Override
  void writeFields(CaregiverCoaching c, JsonGenerator g) throws IOException {
    g.writeFieldName("strategy");
    Writing.code(c.strategy(), g);
    Writing.enumField("step", c.step(), g);
  }

  @Override
  Fields<CaregiverCoaching> reader() {
    CaregiverCoaching.Builder b = CaregiverCoaching.builder();
    return new Fields<>() {
      private boolean strategy;
      private boolean step;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        switch (name) {
          case "strategy":
            b.strategy(CoreValues.code(in, "strategy"));
            strategy = true;
            return true;
          case "step":
            b.step(in.enumValue(CoachingStep.class, "step"));
            step = true;
            return true;
          default:
            return false;
        }
      }

      @Override
      public String missing() {
        return !strategy ? "strategy" : !step ? "step" : null;
      }

      @Override
      public CaregiverCoaching build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
