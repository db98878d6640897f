package org.holdspace.fhir;

import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.holdspace.evaluation.Assessment;
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

  SessionExport(HoldspaceFhir fhir, Session session, Optional<Assessment> assessment,
      Optional<ParentSummary> parentSummary, Optional<SessionNote> sessionNote) {
    this.fhir = fhir;
    this.session = session;
    this.assessment = assessment;
    this.parentSummary = parentSummary;
    this.sessionNote = sessionNote;
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
    return new SessionExport(fhir, session, Optional.of(assessment), parentSummary, sessionNote);
  }

  /**
   * This export with the parent summary, written as a {@code DocumentReference} (status final
   * when the summary is ready to share, preliminary otherwise).
   *
   * @param parentSummary the summary, from this session's assessment
   * @return a new export
   */
  public SessionExport with(ParentSummary parentSummary) {
    return new SessionExport(fhir, session, assessment, Optional.of(Objects.requireNonNull(parentSummary)), sessionNote);
  }

  /**
   * This export with the session note, written as a preliminary {@code DocumentReference}: a draft
   * until the clinician signs it in the EHR.
   *
   * @param sessionNote the note of this session
   * @return a new export
   */
  public SessionExport with(SessionNote sessionNote) {
    return new SessionExport(fhir, session, assessment, parentSummary, Optional.of(Objects.requireNonNull(sessionNote)));
  }

  /**
   * {@return a new Bundle (type {@code collection}) with the session's resources and those added}
   *
   * @throws HoldspaceFhirException with problem {@code NOT_WRITABLE} for an event or session type
   *     that neither the library nor a registered codec maps
   */
  public Bundle toBundle() {
    return fhir.write(this);
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
    return Transactions.of(fhir.write(this), fhir.identity());
  }

  @Override
  public String toString() {
    return "SessionExport{assessment=" + assessment.isPresent() + ", parentSummary=" + parentSummary.isPresent()
        + ", sessionNote=" + sessionNote.isPresent() + "}";
  }
}
