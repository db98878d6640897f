package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import org.holdspace.code.Code;
import org.holdspace.timeline.Interval;

/** Writing helpers shared by the codecs. */
final class Writing {
  private Writing() {}

  static void code(Code c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("system");
    SerializedString system = LibraryCodeSystems.encoded(c.system());
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
