package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;
import org.holdspace.code.Code;
import org.holdspace.timeline.Interval;

/** Writing helpers shared by the codecs. */
final class Writing {
  private Writing() {}

  static void code(Code c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("system", c.system());
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
      g.writeString(Enums.wireName(v));
    }
    g.writeEndArray();
  }

  static void interval(Interval i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("start", i.start().toString());
    g.writeStringField("end", i.end().toString());
    g.writeEndObject();
  }
}
