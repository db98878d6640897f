package org.holdspace.fhir;

import java.time.Instant;
import java.util.Optional;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.session.ClinicianNote;

/**
 * A clinician's note: a {@code DocumentReference} of Holdspace document kind {@code
 * clinician-note}, the text as a UTF-8 plain-text attachment, the note's time as the context
 * period (a start alone for a moment).
 */
final class ClinicianNoteMapping extends EventMapping<ClinicianNote> {
  static final String KIND = "clinician-note";

  ClinicianNoteMapping() {
    super(ClinicianNote.class);
  }

  @Override
  void write(ClinicianNote e, Writing out) {
    DocumentReference d = Documents.document(KIND, e.text(), Optional.empty(), out);
    d.addIdentifier(out.eventIdentifier(e.id()));
    Period when = new Period();
    when.setStartElement(Writing.dateTime(e.at()));
    e.until().ifPresent(u -> when.setEndElement(Writing.dateTime(u)));
    d.getContext().setPeriod(when);
    if (out.usCore()) {
      UsCore.document(d, true, out.session.discipline(), java.util.Date.from(e.at()),
          Optional.of(out.session.clinicianId()), out);
    }
    out.add(out.eventUrl(e.id()), d);
  }

  @Override
  boolean reads(Resource resource) {
    return Documents.isKind(resource, KIND);
  }

  @Override
  ClinicianNote read(Resource resource, int index, Reading in) {
    DocumentReference d = (DocumentReference) resource;
    String at = Reading.entry(index);
    in.checkSubjectAndEncounter(d.getSubject(), d.getContext().getEncounterFirstRep(), at);
    if (d.getStatus() != Enumerations.DocumentReferenceStatus.CURRENT) {
      throw d.hasStatus() ? Reading.invalid(at + ".status") : Reading.missing(at + ".status");
    }
    Period when = d.getContext().getPeriod();
    Instant start = Reading.instant(when.getStartElement(), at + ".context.period.start");
    Optional<Instant> end = when.hasEnd() ? Optional.of(Reading.instant(when.getEndElement(), at + ".context.period.end"))
        : Optional.empty();
    return ClinicianNote.builder().id(Reading.identifier(d.getIdentifier(), in.identity.eventSystem(), at)).at(start).until(end)
        .text(Documents.text(d, at)).build();
  }
}
