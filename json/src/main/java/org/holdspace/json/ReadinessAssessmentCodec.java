package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.readiness.ReadinessLevel;

/**
 * {@link ReadinessAssessment} on the wire: {@code level}, {@code indicatorsMet}, {@code
 * indicatorsNotMet}, {@code assessedBy}.
 */
final class ReadinessAssessmentCodec extends EventKindCodec<ReadinessAssessment> {

  ReadinessAssessmentCodec() {
    super("readinessAssessment", ReadinessAssessment.class);
  }

  @Override
  void writeFields(ReadinessAssessment r, JsonGenerator g) throws IOException {
    Writing.enumField("level", r.level(), g);
    Writing.enums("indicatorsMet", r.indicatorsMet(), g);
    Writing.enums("indicatorsNotMet", r.indicatorsNotMet(), g);
    g.writeStringField("assessedBy", r.assessedBy());
  }

  @Override
  Fields<ReadinessAssessment> reader() {
    ReadinessAssessment.Builder b = ReadinessAssessment.builder();
    return new Fields<>() {
      private boolean level;
      private boolean assessedBy;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        switch (name) {
          case "level":
            b.level(in.enumValue(ReadinessLevel.class, "level"));
            level = true;
            return true;
          case "indicatorsMet":
            b.indicatorsMet(in.array("indicatorsMet", r -> r.enumValue(ReadinessIndicator.class, "An indicator")));
            return true;
          case "indicatorsNotMet":
            b.indicatorsNotMet(in.array("indicatorsNotMet", r -> r.enumValue(ReadinessIndicator.class, "An indicator")));
            return true;
          case "assessedBy":
            b.assessedBy(in.string("assessedBy"));
            assessedBy = true;
            return true;
          default:
            return false;
        }
      }

      @Override
      public String missing() {
        return !level ? "level" : !assessedBy ? "assessedBy" : null;
      }

      @Override
      public ReadinessAssessment build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
