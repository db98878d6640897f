package org.holdspace.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import org.hl7.fhir.r4.model.ClinicalImpression;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.narrative.NoteStatus;
import org.holdspace.narrative.ParentSummary;
import org.holdspace.narrative.SessionNote;
import org.holdspace.session.Session;

/**
 * What Holdspace derives from a session, written next to it: the assessment as a {@code
 * ClinicalImpression} (headline and rungs as extensions, the rule set as the protocol, one finding
 * per finding with its rule as the basis and its evidence as references to the event resources),
 * the parent summary and the session note as {@code DocumentReference}s. Derived, so never read
 * back: re-evaluate the imported session instead.
 */
final class AssessmentMapping {
  static final String PARENT_SUMMARY = "parent-summary";
  static final String SESSION_NOTE = "session-note";
  private static final String KIND = "session-value";

  private AssessmentMapping() {}

  static ClinicalImpression write(Assessment a, Session s, Writing out) {
    ClinicalImpression ci = new ClinicalImpression();
    ci.addIdentifier(out.derivedIdentifier("assessment", ""));
    ci.setStatus(ClinicalImpression.ClinicalImpressionStatus.COMPLETED);
    ci.setCode(Writing.concept(Urls.ASSESSMENT_KIND, KIND));
    ci.setSubject(out.subject());
    ci.setEncounter(out.encounter());
    ci.setEffective(Writing.period(s.actual().orElse(s.planned())));
    ci.addProtocol(Urls.BASE + "rules/" + encode(a.ruleSetId()) + "/" + encode(a.ruleSetVersion()));
    ci.addExtension(Writing.extension(Urls.HEADLINE, a.headline()));
    for (Rung r : Rung.values()) {
      if (a.rungs().contains(r)) {
        ci.addExtension(Writing.extension(Urls.RUNG, r));
      }
    }
    for (Finding f : a.findings()) {
      ClinicalImpression.ClinicalImpressionFindingComponent c = ci.addFinding();
      CodeableConcept item = new CodeableConcept().setText(f.key());
      f.rung().ifPresent(r -> item.addCoding(Writing.coding(r)));
      c.setItemCodeableConcept(item);
      c.setBasis("rule " + f.ruleId() + " version " + f.ruleVersion());
      c.addExtension(Writing.extension(Urls.FINDING_KIND, f.kind()));
      f.evidence().forEach(id -> c.addExtension(Urls.EVIDENCE, out.referenceTo(id)));
    }
    return ci;
  }

  /**
   * A held summary travels as the clinician's draft, preliminary, for the clinician's review in the
   * EHR; the version of the wording rules it was written by travels with it.
   */
  static DocumentReference write(ParentSummary summary, Writing out) {
    DocumentReference d = Documents.document(PARENT_SUMMARY, summary.draftForClinician(), Optional.of(summary.locale()),
        out);
    d.addIdentifier(out.derivedIdentifier(PARENT_SUMMARY, ""));
    d.addExtension(Writing.extension(Urls.WORDING_VERSION, new StringType(summary.wordingVersion())));
    d.setDocStatus(summary.isReady() ? DocumentReference.ReferredDocumentStatus.FINAL
        : DocumentReference.ReferredDocumentStatus.PRELIMINARY);
    if (out.usCore()) {
      UsCore.document(d, false, out.session.discipline(), Date.from(sessionEnd(out.session)), Optional.empty(), out);
    }
    return d;
  }

  /**
   * A session note: final once signed, with the signing clinician as its authenticator and the time
   * of signing as its date; preliminary until then. Its {@link org.holdspace.narrative.NoteStatus}
   * travels as an extension, so that "needs documentation" and "ready to sign" are told apart.
   */
  static DocumentReference write(SessionNote note, Writing out) {
    DocumentReference d = Documents.document(SESSION_NOTE, note.text(), Optional.of(note.locale()), out);
    d.addIdentifier(out.derivedIdentifier(SESSION_NOTE, ""));
    boolean signed = note.status() == NoteStatus.SIGNED;
    d.setDocStatus(signed ? DocumentReference.ReferredDocumentStatus.FINAL
        : DocumentReference.ReferredDocumentStatus.PRELIMINARY);
    d.addExtension(Writing.extension(Urls.NOTE_STATUS, note.status()));
    if (signed) {
      d.setAuthenticator(out.clinician(note.signedBy().orElseThrow()));
      d.setDate(Date.from(note.signedAt().orElseThrow()));
    }
    if (out.usCore()) { // dated when signed, else at the session's end; the author is who signed it
      UsCore.document(d, true, out.session.discipline(), signed ? d.getDate() : Date.from(sessionEnd(out.session)),
          note.signedBy(), out);
    }
    return d;
  }

  /** Whether {@code resource} is one this class writes (and reading skips). */
  static boolean isDerived(Resource resource) {
    return resource instanceof ClinicalImpression
        && Reading.hasCoding(((ClinicalImpression) resource).getCode(), Urls.ASSESSMENT_KIND, KIND)
        || Documents.isKind(resource, PARENT_SUMMARY) || Documents.isKind(resource, SESSION_NOTE);
  }

  /** When the session ended: its actual end, or its planned end for one that did not take place. */
  private static java.time.Instant sessionEnd(Session s) {
    return s.actual().orElse(s.planned()).end();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
