package org.holdspace.fhir;

import java.time.Instant;
import java.util.Optional;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.code.Code;
import org.holdspace.timeline.SessionEvent;

/**
 * An event kind recorded as a {@code Procedure}: the Holdspace event identifier, status, category
 * (the kind, in Holdspace's procedure-kind system), the event's own code as the code, subject,
 * encounter and the performed time or period are common; a subclass adds the rest.
 *
 * @param <E> the event kind
 */
abstract class ProcedureMapping<E extends SessionEvent> extends EventMapping<E> {
  private final String kind;

  ProcedureMapping(Class<E> type, String kind) {
    super(type);
    this.kind = kind;
  }

  @Override
  final void write(E event, Writing out) {
    Procedure p = new Procedure();
    p.addIdentifier(out.eventIdentifier(event.id()));
    p.setStatus(Procedure.ProcedureStatus.COMPLETED);
    p.setCategory(Writing.concept(Urls.PROCEDURE_KIND, kind));
    if (out.usCore() && usesObject()) { // US Core: the code is the intervention, the object it used usedCode
      p.setCode(Writing.concept(Urls.PROCEDURE_KIND, kind));
      p.addUsedCode(Writing.concept(code(event)));
    } else {
      p.setCode(Writing.concept(code(event)));
    }
    p.setSubject(out.subject());
    p.setEncounter(out.encounter());
    p.setPerformed(Writing.effective(event));
    fill(event, p, out);
    out.add(out.eventUrl(event.id()), p);
  }

  /** The event's own code, which becomes the Procedure's code (in US Core mode, its usedCode when {@link #usesObject()}). */
  abstract Code code(E event);

  /**
   * Whether the event's code names an object the intervention used (a support, a strategy), which
   * US Core mode writes as {@code usedCode} under the kind as the code.
   *
   * @return false by default
   */
  boolean usesObject() {
    return false;
  }

  /** Sets the kind's own elements. */
  abstract void fill(E event, Procedure procedure, Writing out);

  @Override
  final boolean reads(Resource resource) {
    return resource instanceof Procedure && Reading.hasCoding(((Procedure) resource).getCategory(), Urls.PROCEDURE_KIND, kind);
  }

  @Override
  final E read(Resource resource, int index, Reading in) {
    Procedure p = (Procedure) resource;
    String at = Reading.entry(index);
    in.checkSubjectAndEncounter(p.getSubject(), p.getEncounter(), at);
    Instant[] performed = Reading.effective(p.hasPerformed() ? p.getPerformed() : null, at + ".performed");
    FhirEventHeader header = new FhirEventHeader(Reading.identifier(p.getIdentifier(), in.identity.eventSystem(), at),
        performed[0], Optional.ofNullable(performed[1]), at);
    if (p.hasUsedCode() && Reading.hasCoding(p.getCode(), Urls.PROCEDURE_KIND, kind)) { // written in US Core mode
      if (p.getUsedCode().size() > 1) {
        throw Reading.fail(HoldspaceFhirException.Problem.DUPLICATE_ELEMENT, at + ".usedCode[1]");
      }
      return read(header, Reading.code(p.getUsedCodeFirstRep(), at + ".usedCode[0]"), p, in);
    }
    return read(header, Reading.code(p.getCode(), at + ".code"), p, in);
  }

  /** Builds the event from the common fields, its code and the kind's own elements. */
  abstract E read(FhirEventHeader header, Code code, Procedure procedure, Reading in);

  /** The status must be {@code completed} for kinds that are never declined. */
  static void requireCompleted(Procedure p, String at) {
    if (p.getStatus() != Procedure.ProcedureStatus.COMPLETED) {
      throw p.hasStatus() ? Reading.invalid(at + ".status") : Reading.missing(at + ".status");
    }
  }
}
