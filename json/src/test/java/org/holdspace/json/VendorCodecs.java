package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.holdspace.session.Session;
import org.holdspace.testkit.VendorFixtures.ClinicSession;
import org.holdspace.testkit.VendorFixtures.HydrationBreak;
import org.holdspace.timeline.EventHeader;

/** The codecs the test vendor writes for its own types, as the README shows. */
final class VendorCodecs {
  private VendorCodecs() {}

  static HoldspaceModule module() {
    return HoldspaceModule.builder().addEvent(new HydrationBreakCodec()).addSession(new ClinicSessionCodec()).build();
  }

  static class HydrationBreakCodec implements JsonEventCodec<HydrationBreak> {
    @Override
    public String typeName() {
      return "acme.hydrationBreak";
    }

    @Override
    public Class<HydrationBreak> type() {
      return HydrationBreak.class;
    }

    @Override
    public void writeFields(HydrationBreak e, JsonGenerator out) throws IOException {
      out.writeNumberField("millilitres", e.millilitres());
    }

    @Override
    public HydrationBreak read(EventHeader h, VendorFields fields) throws HoldspaceJsonException {
      return HydrationBreak.builder().id(h.id()).at(h.at()).until(h.until())
          .millilitres(fields.requireInt("millilitres")).build();
    }
  }

  static final class ClinicSessionCodec implements JsonSessionCodec<ClinicSession> {
    @Override
    public String typeName() {
      return "acme.clinicSession";
    }

    @Override
    public Class<ClinicSession> type() {
      return ClinicSession.class;
    }

    @Override
    public void writeFields(ClinicSession s, JsonGenerator out) throws IOException {
      out.writeStringField("payerId", s.payerId());
      if (s.referralNote().isPresent()) {
        out.writeStringField("referralNote", s.referralNote().get());
      }
    }

    @Override
    public ClinicSession read(Session base, VendorFields fields) throws HoldspaceJsonException {
      return ClinicSession.builder().from(base).payerId(fields.requireString("payerId"))
          .referralNote(fields.string("referralNote")).build();
    }
  }
}
