package org.holdspace.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.StringType;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.narrative.Narrator;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.junit.jupiter.api.Test;

/**
 * The texts in FHIR: the parent summary final when ready, preliminary (the clinician's draft) when
 * on hold, carrying the version of the wording rules it was written by; the session note with its
 * status, final only once signed, with its signer and the time of signing.
 */
class ParentSummaryDocumentTest {
  private static final HoldspaceFhir FHIR = TestCodecs.fhir();

  private static DocumentReference summaryOf(PublicScenario p) {
    Session s = p.session();
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(s);
    Bundle b = FHIR.export(s).with(a).with(Narrator.of(Locale.ENGLISH).parentSummary(s, a)).toBundle();
    List<DocumentReference> summaries = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> Documents.isKind(r, AssessmentMapping.PARENT_SUMMARY)).map(r -> (DocumentReference) r)
        .collect(Collectors.toList());
    assertThat(summaries).hasSize(1);
    return summaries.get(0);
  }

  @Test
  void aReadySummaryIsFinalAndAHeldOneIsTheCliniciansDraft() {
    assertThat(summaryOf(PublicScenario.HARD_DAY).getDocStatus()).isEqualTo(DocumentReference.ReferredDocumentStatus.FINAL);
    assertThat(summaryOf(PublicScenario.ONE_HARD_MOMENT_THEN_HELD).getDocStatus())
        .isEqualTo(DocumentReference.ReferredDocumentStatus.PRELIMINARY);
  }

  @Test
  void theWordingVersionTravelsWithTheSummary() {
    DocumentReference d = summaryOf(PublicScenario.DEMAND_OUTRUNS_READINESS);
    assertThat(d.getExtensionByUrl(Urls.WORDING_VERSION).getValue()).isInstanceOfSatisfying(StringType.class,
        v -> assertThat(v.getValue()).isEqualTo(Narrator.WORDING_VERSION));
  }

  private static DocumentReference noteOf(Session s, org.holdspace.narrative.SessionNote note) {
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(s);
    Bundle b = FHIR.export(s).with(a).with(note).toBundle();
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> Documents.isKind(r, AssessmentMapping.SESSION_NOTE)).map(r -> (DocumentReference) r)
        .findFirst().orElseThrow();
  }

  @Test
  void theSessionNoteCarriesItsStatusAndOnceSignedItsSigner() {
    Session s = PublicScenario.SHUTDOWN_ALL_SESSION.session();
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(s);
    org.holdspace.narrative.SessionNote ready = Narrator.of(Locale.ENGLISH).sessionNote(s, a,
        org.holdspace.narrative.NoteContext.builder().clinician("Ravi Shah", "OTR/L").build());
    DocumentReference unsigned = noteOf(s, ready);
    assertThat(unsigned.getDocStatus()).isEqualTo(DocumentReference.ReferredDocumentStatus.PRELIMINARY);
    assertThat(((org.hl7.fhir.r4.model.Coding) unsigned.getExtensionByUrl(Urls.NOTE_STATUS).getValue()).getCode())
        .isEqualTo("ready-to-sign");
    assertThat(unsigned.hasAuthenticator()).isFalse();
    java.time.Instant at = java.time.Instant.parse("2026-03-02T10:20:00Z");
    DocumentReference signed = noteOf(s, ready.sign("t-ravi", "OTR/L", at));
    assertThat(signed.getDocStatus()).isEqualTo(DocumentReference.ReferredDocumentStatus.FINAL);
    assertThat(((org.hl7.fhir.r4.model.Coding) signed.getExtensionByUrl(Urls.NOTE_STATUS).getValue()).getCode())
        .isEqualTo("signed");
    assertThat(signed.getAuthenticator().getIdentifier().getValue()).isEqualTo("t-ravi");
    assertThat(signed.getDate().toInstant()).isEqualTo(at);
  }
}
