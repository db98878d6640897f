package org.holdspace.fhir;

import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.holdspace.evaluation.Assessment;
import org.holdspace.narrative.Narrator;
import org.holdspace.narrative.ParentSummary;
import org.holdspace.narrative.SessionNote;
import org.holdspace.session.Session;

/**
 * What to export for one session: the session, and optionally its assessment, parent summary and
 * session note. Immutable; each {@code with} returns a new export.
 *
 * <pre>{@code
 * Bundle bundle = fhir.export(session)
 *     .with(assessment)
 *     .with(narrator.parentSummary(session, assessment))
 *     .with(narrator.sessionNote(session, assessment))
 *     .toBundle();
 * }</pre>
 */
public final class SessionExport {
  private final HoldspaceFhir fhir;
  final Session session;
  final Optional<Assessment> assessment;
  final Optional<ParentSummary> parentSummary;
  final Optional<SessionNote> sessionNote;
  final Optional<Narrator> narrator;
  final boolean provenance;

  SessionExport(HoldspaceFhir fhir, Session session, Optional<Assessment> assessment,
      Optional<ParentSummary> parentSummary, Optional<SessionNote> sessionNote) {
    this(fhir, session, assessment, parentSummary, sessionNote, Optional.empty(), false);
  }

  private SessionExport(HoldspaceFhir fhir, Session session, Optional<Assessment> assessment,
      Optional<ParentSummary> parentSummary, Optional<SessionNote> sessionNote, Optional<Narrator> narrator,
      boolean provenance) {
    this.fhir = fhir;
    this.session = session;
    this.assessment = assessment;
    this.parentSummary = parentSummary;
    this.sessionNote = sessionNote;
    this.narrator = narrator;
    this.provenance = provenance;
  }

  /**
   * This export with text for people, in {@code narrator}'s language: the assessment's
   * ClinicalImpression gets its headline as {@code summary} and each finding's sentence as the
   * finding's text (its key moves to an extension), its evidence as {@code supportingInfo} (and
   * the first Observation as the finding's {@code itemReference}); resources get a generated
   * narrative ({@code text}): the ClinicalImpression its headline and findings, each Goal its
   * description and target, the Encounter the session note's header and each event its session
   * note sentence when the export has a note. Nothing of it is read back.
   *
   * <pre>{@code
   * Bundle readable = fhir.export(session).with(assessment).with(narrator.sessionNote(session, assessment))
   *     .narratedBy(narrator).withProvenance().toBundle();
   * }</pre>
   *
   * @param narrator the narrator whose sentences to use
   * @return a new export
   */
  public SessionExport narratedBy(Narrator narrator) {
    return new SessionExport(fhir, session, assessment, parentSummary, sessionNote,
        Optional.of(Objects.requireNonNull(narrator, "narrator")), provenance);
  }

  /**
   * This export with Provenance, so that an EHR can tell what a clinician recorded from what a
   * rule set derived: one Provenance names the session's clinician as author of the Encounter, the
   * goals and the events; when the export has an assessment, summary or note, a second names the
   * rule set (a {@code Device}, shared by every session it evaluated) as author of them. Both are
   * recorded at the session's end (its planned end if it did not take place): Holdspace does not
   * know when the data reached the EHR. The agents act on behalf of the identity's organization when
   * it has one ({@link FhirIdentity#organizationReference()}); in US Core mode a Provenance claims
   * US Core's profile only then (the profile requires it). Not read back.
   *
   * @return a new export
   */
  public SessionExport withProvenance() {
    return new SessionExport(fhir, session, assessment, parentSummary, sessionNote, narrator, true);
  }

  /**
   * This export with the session's assessment, written as a {@code ClinicalImpression}.
   *
   * @param assessment the assessment of this session
   * @return a new export
   * @throws IllegalArgumentException if the assessment is of another session
   */
  public SessionExport with(Assessment assessment) {
    if (!assessment.sessionId().equals(session.id())) {
      throw new IllegalArgumentException("the assessment is of another session");
    }
    return new SessionExport(fhir, session, Optional.of(assessment), parentSummary, sessionNote, narrator,
        provenance);
  }

  /**
   * This export with the parent summary, written as a {@code DocumentReference} (status final
   * when the summary is ready to share, preliminary otherwise).
   *
   * @param parentSummary the summary, from this session's assessment
   * @return a new export
   */
  public SessionExport with(ParentSummary parentSummary) {
    return new SessionExport(fhir, session, assessment, Optional.of(Objects.requireNonNull(parentSummary)), sessionNote,
        narrator, provenance);
  }

  /**
   * This export with the session note, written as a preliminary {@code DocumentReference}: a draft
   * until the clinician signs it in the EHR.
   *
   * @param sessionNote the note of this session
   * @return a new export
   */
  public SessionExport with(SessionNote sessionNote) {
    return new SessionExport(fhir, session, assessment, parentSummary, Optional.of(Objects.requireNonNull(sessionNote)),
        narrator, provenance);
  }

  /**
   * {@return a new Bundle (type {@code collection}) with the session's resources and those added}
   *
   * @throws HoldspaceFhirException with problem {@code NOT_WRITABLE} for an event or session type
   *     that neither the library nor a registered codec maps, or for a conditional reference from
   *     the {@link FhirIdentity} (valid only in a transaction: use {@link #toTransaction()})
   */
  public Bundle toBundle() {
    return fhir.write(this, false);
  }

  /**
   * The same resources as a {@code transaction} Bundle for a FHIR server: every entry a
   * conditional update ({@code PUT Observation?identifier=system|value}) keyed on the resource's
   * identifier in the mapping's {@link FhirIdentity} systems, so the server creates what it has not
   * seen and updates what it has: re-sending a corrected session never duplicates a resource.
   * Resources Holdspace derives (GAS ratings, the assessment, the summary and the note) are keyed
   * on the identity's derived system. References inside the Bundle stay {@code urn:uuid:} names,
   * which the server resolves.
   *
   * <pre>{@code
   * Bundle tx = fhir.export(session).with(assessment).toTransaction();
   * tx.getEntryFirstRep().getRequest().getUrl();   // Encounter?identifier=https%3A%2F%2F...|s-1
   * }</pre>
   *
   * @return a new Bundle of type {@code transaction}
   * @throws HoldspaceFhirException with problem {@code NOT_WRITABLE} as {@link #toBundle()}
   */
  public Bundle toTransaction() {
    return Transactions.of(fhir.write(this, true), fhir.identity());
  }

  @Override
  public String toString() {
    return "SessionExport{assessment=" + assessment.isPresent() + ", parentSummary=" + parentSummary.isPresent()
        + ", sessionNote=" + sessionNote.isPresent() + ", narrated=" + narrator.isPresent() + ", provenance="
        + provenance + "}";
  }
}
