package org.holdspace.fhir;

import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.StringType;
import java.util.Optional;
import org.holdspace.code.Code;
import org.holdspace.session.Session;
import org.holdspace.testkit.VendorFixtures.ClinicSession;
import org.holdspace.testkit.VendorFixtures.HydrationBreak;

/** The test vendor's FHIR codecs, written as a vendor would (the README shows the same). */
final class TestCodecs {
  static final String MILLILITRES = "https://acme.example/fhir/millilitres";
  static final String PAYER = "https://acme.example/fhir/payer-id";
  static final String REFERRAL = "https://acme.example/fhir/referral-note";

  private TestCodecs() {}

  static HoldspaceFhir fhir() {
    return HoldspaceFhir.builder().addEvent(new HydrationBreakCodec()).addSession(new ClinicSessionCodec()).build();
  }

  static class HydrationBreakCodec implements FhirEventCodec<HydrationBreak> {
    @Override
    public Class<HydrationBreak> type() {
      return HydrationBreak.class;
    }

    @Override
    public Code code() {
      return Code.of("https://acme.example/codes", "hydration-break", "Hydration break");
    }

    @Override
    public void writeFields(HydrationBreak e, Observation o) {
      o.addExtension(MILLILITRES, new IntegerType(e.millilitres()));
    }

    @Override
    public HydrationBreak read(FhirEventHeader h, Observation o) {
      Extension ml = o.getExtensionByUrl(MILLILITRES);
      if (ml == null || !(ml.getValue() instanceof IntegerType)) {
        throw h.missing("extension('" + MILLILITRES + "')");
      }
      return HydrationBreak.builder().id(h.id()).at(h.at()).until(h.until())
          .millilitres(((IntegerType) ml.getValue()).getValue()).build();
    }
  }

  static final class ClinicSessionCodec implements FhirSessionCodec<ClinicSession> {
    @Override
    public String typeName() {
      return "acme.clinicSession";
    }

    @Override
    public Class<ClinicSession> type() {
      return ClinicSession.class;
    }

    @Override
    public void writeFields(ClinicSession s, Encounter e) {
      e.addExtension(PAYER, new StringType(s.payerId()));
      s.referralNote().ifPresent(n -> e.addExtension(REFERRAL, FhirText.of(n)));
    }

    @Override
    public ClinicSession read(Session base, Encounter e) {
      Extension referral = e.getExtensionByUrl(REFERRAL);
      return ClinicSession.builder().from(base).payerId(e.getExtensionByUrl(PAYER).getValue().primitiveValue())
          .referralNote(referral == null ? Optional.empty() : FhirText.from((StringType) referral.getValue()))
          .build();
    }
  }
}
