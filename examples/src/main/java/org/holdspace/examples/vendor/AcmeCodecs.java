package org.holdspace.examples.vendor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.holdspace.code.Code;
import org.holdspace.json.EventHeader;
import org.holdspace.json.HoldspaceModule;
import org.holdspace.json.VendorEventCodec;
import org.holdspace.json.VendorSessionCodec;
import org.holdspace.session.Session;

/** How ACME's types travel in JSON: the module writes the library's fields, these codecs ACME's. */
public final class AcmeCodecs {
  private AcmeCodecs() {}

  /** A Jackson module that knows ACME's types. */
  public static HoldspaceModule module() {
    return HoldspaceModule.builder().addSession(new SessionCodec()).addEvent(new SnackCodec()).build();
  }

  private static String text(Map<String, JsonNode> fields, String name) {
    JsonNode node = fields.get(name);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException("the field " + name + " must be a string");
    }
    return node.textValue();
  }

  static final class SessionCodec implements VendorSessionCodec<AcmeSession> {
    @Override
    public String typeName() {
      return "acme.session";
    }

    @Override
    public Class<AcmeSession> type() {
      return AcmeSession.class;
    }

    @Override
    public void writeFields(AcmeSession s, JsonGenerator out) throws IOException {
      out.writeStringField("authorisation", s.authorisation());
    }

    @Override
    public AcmeSession read(Session base, Map<String, JsonNode> fields) {
      if (fields.size() != 1) {
        throw new IllegalArgumentException("an ACME session has one field of its own");
      }
      return AcmeSession.builder().from(base).authorisation(text(fields, "authorisation")).build();
    }
  }

  static final class SnackCodec implements VendorEventCodec<SnackBreak> {
    @Override
    public String typeName() {
      return "acme.snackBreak";
    }

    @Override
    public Class<SnackBreak> type() {
      return SnackBreak.class;
    }

    @Override
    public void writeFields(SnackBreak e, JsonGenerator out) throws IOException {
      out.writeObjectFieldStart("snack");
      out.writeStringField("system", e.snack().system());
      out.writeStringField("code", e.snack().code());
      if (e.snack().display().isPresent()) {
        out.writeStringField("display", e.snack().display().get());
      }
      out.writeEndObject();
    }

    @Override
    public SnackBreak read(EventHeader h, Map<String, JsonNode> fields) {
      JsonNode snack = fields.get("snack");
      if (snack == null || !snack.isObject() || fields.size() != 1) {
        throw new IllegalArgumentException("a snack break has one field of its own, snack");
      }
      JsonNode display = snack.get("display");
      Code code = Code.of(text(Map.of("system", snack.path("system")), "system"),
          text(Map.of("code", snack.path("code")), "code"), display == null ? null : display.textValue());
      return SnackBreak.builder().id(h.id()).at(h.at()).until(h.until()).snack(code).build();
    }
  }
}
