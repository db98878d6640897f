package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import org.holdspace.timeline.Interval;
import org.holdspace.validation.ValidationException;

/** {@code {"start": "2026-03-02T09:00:00Z", "end": "2026-03-02T10:00:00Z"}}: ISO-8601 instants. */
final class IntervalCodec {
  private IntervalCodec() {}

  static final class Writer extends StdSerializer<Interval> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Interval.class);
    }

    @Override
    public void serialize(Interval value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("start", value.start().toString());
      gen.writeStringField("end", value.end().toString());
      gen.writeEndObject();
    }
  }

  static final class Reader extends StdDeserializer<Interval> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Interval.class);
    }

    @Override
    public Interval deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Fields.expectObject(p, ctxt, Interval.class);
      Instant start = null;
      Instant end = null;
      for (String name = Fields.firstName(p); name != null; name = p.nextFieldName()) {
        p.nextToken();
        switch (name) {
          case "start":
            start = Fields.instant(p, ctxt, Interval.class);
            break;
          case "end":
            end = Fields.instant(p, ctxt, Interval.class);
            break;
          default:
            Fields.unknown(p, ctxt, Interval.class, name);
        }
      }
      try {
        return Interval.of(start, end);
      } catch (ValidationException e) {
        throw Fields.invalid(p, e);
      }
    }
  }
}
