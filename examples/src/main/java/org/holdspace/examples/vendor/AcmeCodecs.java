package org.holdspace.examples.vendor;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.holdspace.code.Code;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.json.HoldspaceModule;
import org.holdspace.json.JsonEventCodec;
import org.holdspace.json.JsonSessionCodec;
import org.holdspace.json.VendorFields;
import org.holdspace.session.Session;
import org.holdspace.timeline.EventHeader;

/** How ACME's types travel in JSON: the module writes the library's fields, these codecs ACME's. */
public final class AcmeCodecs {
  private AcmeCodecs() {}

  /** A Jackson module that knows ACME's types. */
  public static HoldspaceModule module() {
    return HoldspaceModule.builder().addSession(new SessionCodec()).addEvent(new SnackCodec()).build();
  }

  static final class SessionCodec implements JsonSessionCodec<AcmeSession> {
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
    public AcmeSession read(Session base, VendorFields fields) throws HoldspaceJsonException {
      return AcmeSession.builder().from(base).authorisation(fields.requireString("authorisation")).build();
    }
  }

  static final class SnackCodec implements JsonEventCodec<SnackBreak> {
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
    public SnackBreak read(EventHeader h, VendorFields fields) throws HoldspaceJsonException {
      Code snack = fields.code("snack").orElseThrow(() -> new IllegalArgumentException("a snack break needs a snack"));
      return SnackBreak.builder().id(h.id()).at(h.at()).until(h.until()).snack(snack).build();
    }
  }
}
