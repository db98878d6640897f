package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.demand.Activity;
import org.holdspace.demand.DemandLevel;

/** {@link Activity} on the wire: {@code activity}, {@code demand}. */
final class ActivityCodec extends EventKindCodec<Activity> {

  ActivityCodec() {
    super("activity", Activity.class);
  }

  @Override
  void writeFields(Activity a, JsonGenerator g) throws IOException {
    g.writeFieldName("activity");
    Writing.code(a.activity(), g);
    Writing.enumField("demand", a.demand(), g);
  }

  @Override
  Fields<Activity> reader() {
    Activity.Builder b = Activity.builder();
    return new Fields<>() {
      private boolean activity;
      private boolean demand;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        switch (name) {
          case "activity":
            b.activity(CoreValues.code(in, "activity"));
            activity = true;
            return true;
          case "demand":
            b.demand(in.enumValue(DemandLevel.class, "demand"));
            demand = true;
            return true;
          default:
            return false;
        }
      }

      @Override
      public String missing() {
        return !activity ? "activity" : !demand ? "demand" : null;
      }

      @Override
      public Activity build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
