package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.holdspace.code.Code;
import org.holdspace.validation.ValidationException;

/** {@code {"system": "...", "code": "...", "display": "..."}}; display is left out when absent. */
final class CodeCodec {
  private CodeCodec() {}

  static final class Writer extends StdSerializer<Code> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Code.class);
    }

    @Override
    public void serialize(Code value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("system", value.system());
      gen.writeStringField("code", value.code());
      if (value.display().isPresent()) {
        gen.writeStringField("display", value.display().get());
      }
      gen.writeEndObject();
    }
  }

  static final class Reader extends StdDeserializer<Code> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Code.class);
    }

    @Override
    public Code deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Fields.expectObject(p, ctxt, Code.class);
      String system = null;
      String code = null;
      String display = null;
      for (String name = Fields.firstName(p); name != null; name = p.nextFieldName()) {
        p.nextToken();
        switch (name) {
          case "system":
            system = Fields.text(p, ctxt, Code.class);
            break;
          case "code":
            code = Fields.text(p, ctxt, Code.class);
            break;
          case "display":
            display = Fields.text(p, ctxt, Code.class);
            break;
          default:
            Fields.unknown(p, ctxt, Code.class, name);
        }
      }
      try {
        return Code.of(system, code, display);
      } catch (ValidationException e) {
        throw Fields.invalid(p, e);
      }
    }
  }
}
