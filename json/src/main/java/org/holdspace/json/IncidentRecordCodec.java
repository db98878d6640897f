package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.incident.Injury;
import org.holdspace.incident.Notification;

/**
 * {@link IncidentRecord} on the wire: {@code harmSign}, {@code antecedent}, {@code injury}, {@code
 * physicalIntervention}, {@code told} (objects {@code {role, at}}), {@code account}.
 */
final class IncidentRecordCodec extends EventKindCodec<IncidentRecord> {

  IncidentRecordCodec() {
    super("incidentRecord", IncidentRecord.class);
  }

  @Override
  void writeFields(IncidentRecord r, JsonGenerator g) throws IOException {
    g.writeFieldName("harmSign");
    Writing.code(r.harmSign(), g);
    if (r.antecedent().isPresent()) {
      g.writeFieldName("antecedent");
      Writing.code(r.antecedent().get(), g);
    }
    Writing.enumField("injury", r.injury(), g);
    g.writeFieldName("physicalIntervention");
    Writing.code(r.physicalIntervention(), g);
    if (!r.told().isEmpty()) {
      g.writeArrayFieldStart("told");
      for (Notification n : r.told()) {
        g.writeStartObject();
        g.writeFieldName("role");
        Writing.code(n.role(), g);
        Writing.instant("at", n.at(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (r.account().isPresent()) {
      g.writeStringField("account", r.account().get());
    }
  }

  @Override
  Fields<IncidentRecord> reader() {
    IncidentRecord.Builder b = IncidentRecord.builder();
    return new Fields<>() {
      private boolean harmSign;
      private boolean injury;
      private boolean physicalIntervention;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        switch (name) {
          case "harmSign":
            b.harmSign(CoreValues.code(in, "harmSign"));
            harmSign = true;
            return true;
          case "antecedent":
            b.antecedent(CoreValues.code(in, "antecedent"));
            return true;
          case "injury":
            b.injury(in.enumValue(Injury.class, "injury"));
            injury = true;
            return true;
          case "physicalIntervention":
            b.physicalIntervention(CoreValues.code(in, "physicalIntervention"));
            physicalIntervention = true;
            return true;
          case "told":
            b.told(in.array("told", r -> CoreValues.notification(r, "Someone told")));
            return true;
          case "account":
            b.account(in.string("account"));
            return true;
          default:
            return false;
        }
      }

      @Override
      public String missing() {
        return !harmSign ? "harmSign" : !injury ? "injury" : !physicalIntervention ? "physicalIntervention" : null;
      }

      @Override
      public IncidentRecord build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
