package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.holdspace.caregiver.CaregiverCodes;
import org.holdspace.caregiver.CaregiverReportCodes;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.demand.ActivityCodes;
import org.holdspace.demand.EnvironmentFactorCodes;
import org.holdspace.goal.AssistanceCodes;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.sensory.SupportCodes;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.SettingCodes;
import org.holdspace.timeline.Interval;

/** Writing helpers shared by the codecs. */
final class Writing {
  private Writing() {}

  /** The library's code systems with their JSON encoding made once (the common case of a code's system). */
  private static final Map<String, SerializedString> LIBRARY_SYSTEMS = Stream.of(RegulationSignCodes.SYSTEM,
          SupportCodes.SYSTEM, ConnectionSignCodes.SYSTEM, ActivityCodes.SYSTEM, EnvironmentFactorCodes.SYSTEM,
          AssistanceCodes.SYSTEM, DisciplineCodes.SYSTEM, SettingCodes.SYSTEM, EndReasonCodes.SYSTEM,
          CaregiverReportCodes.SYSTEM, CaregiverCodes.SYSTEM)
      .collect(Collectors.toUnmodifiableMap(system -> system, SerializedString::new));

  static void code(Code c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("system");
    SerializedString system = LIBRARY_SYSTEMS.get(c.system());
    if (system != null) {
      g.writeString(system);
    } else {
      g.writeString(c.system());
    }
    g.writeStringField("code", c.code());
    if (c.display().isPresent()) {
      g.writeStringField("display", c.display().get());
    }
    g.writeEndObject();
  }

  static void codes(String field, Collection<Code> codes, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(field);
    for (Code c : codes) {
      code(c, g);
    }
    g.writeEndArray();
  }

  static void enums(String field, Collection<? extends Enum<?>> values, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(field);
    for (Enum<?> v : values) {
      g.writeString(Enums.serialized(v));
    }
    g.writeEndArray();
  }

  static void interval(Interval i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    instant("start", i.start(), g);
    instant("end", i.end(), g);
    g.writeEndObject();
  }

  /** Writes field {@code name} with {@code value}'s wire name. */
  static void enumField(String name, Enum<?> value, JsonGenerator g) throws IOException {
    g.writeFieldName(name);
    g.writeString(Enums.serialized(value));
  }

  /** Writes field {@code name} with {@code at} as {@link Instant#toString} writes it. */
  static void instant(String name, Instant at, JsonGenerator g) throws IOException {
    g.writeFieldName(name);
    char[] text = new char[IsoInstants.MAX_FAST_LENGTH];
    int length = IsoInstants.format(at, text);
    if (length < 0) {
      g.writeString(at.toString());
    } else {
      g.writeString(text, 0, length);
    }
  }
}
