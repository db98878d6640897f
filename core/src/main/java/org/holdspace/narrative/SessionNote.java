package org.holdspace.narrative;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.holdspace.internal.HoldspaceStyle;
import org.holdspace.validation.Violations;
import org.immutables.value.Value;

/**
 * The session note for the clinician's record and the payer (DOMAIN.md, the session note, version
 * 2): a header (date of service, times, minutes, discipline, setting, clinician), the four parts
 * clinicians write (SOAP), the interventions with their minutes and units, and a status that the
 * text states until the note is {@link #sign signed}. The SOAP parts: what the caregiver reported; what was observed, with times; the assessment (the rungs
 * with their evidence, the incident if any, the goal outcome beside them, readiness, and, for a
 * session whose value was not goal progress, the skilled care it needed); and the plan. Every
 * sentence is a {@link Statement} with the key and the evidence ids that back it, so an EHR can
 * link it to the timeline and lay the parts out in its own way. Made by {@link
 * Narrator#sessionNote}.
 *
 * <pre>{@code
 * SessionNote note = Narrator.of(Locale.ENGLISH).sessionNote(session, assessment);
 * String forTheRecord = note.text();
 * for (Statement s : note.objective()) {
 *   s.evidence(); // the ids of the events the sentence describes
 * }
 * }</pre>
 *
 * <p>The note names times and codes, never the child's name, never a caregiver's or clinician's
 * free text; {@code toString()} shows none of its text.
 */
@Value.Immutable
@HoldspaceStyle
public abstract class SessionNote {

  SessionNote() {}

  /**
   * A builder, for a codec that reads a stored note back (the JSON module does); the narrator makes
   * notes ({@link Narrator#sessionNote}). Every part is checked when built.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableSessionNote.builder();
  }

  /** @return the language it is written in */
  public abstract Locale locale();

  /**
   * @return the headings of the parts, in this language, in order: S, O, A, P, then the
   *     interventions and minutes
   */
  public abstract List<String> headings();

  /**
   * @return the header: date of service, start and stop in the session's zone, total minutes,
   *     discipline, setting, the clinician and credential (from the caller's {@link NoteContext}),
   *     the plan of care when given
   */
  public abstract List<Statement> header();

  /** @return S: what the caregiver reported */
  public abstract List<Statement> subjective();

  /** @return O: what was observed and done, with times */
  public abstract List<Statement> objective();

  /** @return A: the assessment */
  public abstract List<Statement> assessment();

  /** @return P: the plan */
  public abstract List<Statement> plan();

  /**
   * @return the interventions, each kind with its minutes (overlapping time once in the total),
   *     and, for the caller's billing codes, minutes and units; empty for a session not held
   */
  public abstract List<Statement> interventions();

  /** @return where the note stands; a note that is not signed says so in its text */
  public abstract NoteStatus status();

  /** @return the id of the clinician who signed it, once signed */
  public abstract Optional<String> signedBy();

  /** @return the credential the clinician signed with, once signed; redacted in {@code toString()} */
  @Value.Redacted
  public abstract Optional<String> signedCredential();

  /** @return when it was signed */
  public abstract Optional<Instant> signedAt();

  /**
   * @return the line that closes the text for each status, in this language; {@code SIGNED}'s
   *     with {@code {signer}}, {@code {credential}} and {@code {time}} filled in when it is signed
   */
  @Value.Redacted
  public abstract Map<NoteStatus, String> statusLines();

  /** @return the zone its times are in (the session's, UTC when it had none) */
  public abstract ZoneId zone();

  /**
   * This note, signed: {@code clinicianId}, {@code credential} and {@code at} are recorded, the
   * status is {@link NoteStatus#SIGNED}, and the text ends with the signature line instead of the
   * unsigned one; every statement stays as it was, so the signed text is the text the clinician
   * read.
   *
   * <pre>{@code
   * SessionNote draft = narrator.sessionNote(session, assessment,
   *     NoteContext.builder().clinician("Ravi Shah", "OTR/L").build());   // READY_TO_SIGN
   * SessionNote signed = draft.sign("t-3", "OTR/L", Instant.now());
   * }</pre>
   *
   * @param clinicianId the signing clinician's id (an opaque id, as in the session)
   * @param credential the credential signed with
   * @param at when
   * @return the signed note
   * @throws IllegalStateException unless the note is {@link NoteStatus#READY_TO_SIGN}
   * @throws org.holdspace.validation.ValidationException if an id or credential is blank or holds
   *     control characters
   */
  public final SessionNote sign(String clinicianId, String credential, Instant at) {
    if (status() != NoteStatus.READY_TO_SIGN) {
      throw new IllegalStateException("only a note that is READY_TO_SIGN can be signed; this one is " + status());
    }
    Violations v = Violations.of("SessionNote.sign");
    v.requireId(clinicianId, "clinicianId");
    v.requireId(credential, "credential");
    v.require(at, "at");
    v.throwIfAny();
    return ImmutableSessionNote.builder().from(this).status(NoteStatus.SIGNED).signedBy(clinicianId)
        .signedCredential(credential).signedAt(at).build();
  }

  /** @return every statement, part by part, in order: header, S, O, A, P, interventions */
  public final List<Statement> statements() {
    List<Statement> all = new ArrayList<>(header());
    all.addAll(subjective());
    all.addAll(objective());
    all.addAll(assessment());
    all.addAll(plan());
    all.addAll(interventions());
    return all;
  }

  /**
   * The note as plain text: each part under its heading, one statement a line. Escape it before
   * putting it in HTML.
   *
   * @return the text
   */
  public final String text() {
    StringBuilder out = new StringBuilder();
    for (Statement s : header()) {
      out.append(s.text()).append('\n');
    }
    List<List<Statement>> parts = List.of(subjective(), objective(), assessment(), plan(), interventions());
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).isEmpty()) {
        continue;
      }
      out.append('\n').append(headings().get(i)).append('\n');
      for (Statement s : parts.get(i)) {
        out.append("- ").append(s.text()).append('\n');
      }
    }
    String line = statusLines().get(status());
    if (status() == NoteStatus.SIGNED) {
      line = Templates.fill(line, Map.of("signer", signedBy().orElse(""), "credential", signedCredential().orElse(""),
          "time", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(signedAt().get().atZone(zone()))
              + " (" + zone().getId() + ")"));
    }
    return out.append('\n').append(line).append('\n').toString();
  }

  /** Builds a {@link SessionNote}; every violation is reported at once. */
  public interface Builder {
    /** @param locale the language it is written in
     *  @return this builder */
    Builder locale(Locale locale);

    /** @param headings the parts' headings, S, O, A, P and the interventions', in order
     *  @return this builder */
    Builder headings(Iterable<String> headings);

    /** @param statements the header
     *  @return this builder */
    Builder header(Iterable<? extends Statement> statements);

    /** @param statements S
     *  @return this builder */
    Builder subjective(Iterable<? extends Statement> statements);

    /** @param statements O
     *  @return this builder */
    Builder objective(Iterable<? extends Statement> statements);

    /** @param statements A
     *  @return this builder */
    Builder assessment(Iterable<? extends Statement> statements);

    /** @param statements P
     *  @return this builder */
    Builder plan(Iterable<? extends Statement> statements);

    /** @param statements the interventions and minutes
     *  @return this builder */
    Builder interventions(Iterable<? extends Statement> statements);

    /** @param status where the note stands
     *  @return this builder */
    Builder status(NoteStatus status);

    /** @param clinicianId who signed it
     *  @return this builder */
    Builder signedBy(String clinicianId);

    /** @param credential the credential signed with
     *  @return this builder */
    Builder signedCredential(String credential);

    /** @param at when it was signed
     *  @return this builder */
    Builder signedAt(Instant at);

    /** @param lines the closing line for each status
     *  @return this builder */
    Builder statusLines(Map<NoteStatus, ? extends String> lines);

    /** @param zone the zone its times are in
     *  @return this builder */
    Builder zone(ZoneId zone);

    /** @return the note
     *  @throws org.holdspace.validation.ValidationException listing every missing or invalid part */
    SessionNote build();
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("SessionNote");
    v.require(locale(), "locale");
    v.requireElements(headings(), "headings");
    v.requireElements(subjective(), "subjective");
    v.requireElements(objective(), "objective");
    v.requireElements(assessment(), "assessment");
    v.requireElements(plan(), "plan");
    v.requireElements(header(), "header");
    v.requireElements(interventions(), "interventions");
    v.require(status(), "status");
    v.require(zone(), "zone");
    if (status() == NoteStatus.SIGNED && (signedBy().isEmpty() || signedAt().isEmpty())) {
      v.add(org.holdspace.validation.CoreViolation.REQUIRED, "signedBy");
    }
    if (v.require(statusLines(), "statusLines")) {
      for (NoteStatus s : NoteStatus.values()) {
        if (!statusLines().containsKey(s)) {
          v.add(org.holdspace.validation.CoreViolation.REQUIRED, "statusLines." + s.name());
        }
      }
    }
    v.throwIfAny();
  }
}
