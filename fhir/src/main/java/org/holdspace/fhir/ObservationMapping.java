package org.holdspace.fhir;

import java.time.Instant;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.holdspace.timeline.SessionEvent;

/**
 * An event kind recorded as an {@code Observation}: the Holdspace event identifier, status {@code
 * final}, category {@code therapy}, the kind's code, subject, encounter, the effective time or
 * period and, unless the kind names its own, the session's clinician as performer are common; a
 * subclass adds the value and components.
 *
 * @param <E> the event kind
 */
abstract class ObservationMapping<E extends SessionEvent> extends EventMapping<E> {
  private final String system;
  private final String code;
  private final String display;

  ObservationMapping(Class<E> type, String system, String code, String display) {
    super(type);
    this.system = system;
    this.code = code;
    this.display = display;
  }

  /** The kinds the library itself records as Observations: the kind code is in Holdspace's observation-kind system. */
  ObservationMapping(Class<E> type, String code) {
    this(type, Urls.OBSERVATION_KIND, code, null);
  }

  @Override
  final void write(E event, Writing out) {
    Observation o = begin(new CodeableConcept(new Coding(system, code, display)), event, out);
    o.addIdentifier(out.eventIdentifier(event.id()));
    fill(event, o, out);
    if (!o.hasPerformer()) { // the session's clinician observed it; not read back
      o.addPerformer(out.clinician(out.session.clinicianId()));
    }
    out.add(out.eventUrl(event.id()), o);
  }

  /** A final {@code therapy} Observation with {@code code}, of the session's child and Encounter, at the event's time. */
  static Observation begin(CodeableConcept code, SessionEvent event, Writing out) {
    Observation o = new Observation();
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(Writing.concept(Urls.OBSERVATION_CATEGORY, "therapy"));
    o.setCode(code);
    o.setSubject(out.subject());
    o.setEncounter(out.encounter());
    o.setEffective(Writing.effective(event));
    return o;
  }

  /** Sets the kind's own elements. */
  abstract void fill(E event, Observation observation, Writing out);

  @Override
  final boolean reads(Resource resource) {
    return resource instanceof Observation && Reading.hasCoding(((Observation) resource).getCode(), system, code);
  }

  @Override
  final E read(Resource resource, int index, Reading in) {
    Observation o = (Observation) resource;
    String at = Reading.entry(index);
    in.checkSubjectAndEncounter(o.getSubject(), o.getEncounter(), at);
    Instant[] effective = Reading.effective(o.hasEffective() ? o.getEffective() : null, at + ".effective");
    FhirEventHeader header = new FhirEventHeader(Reading.identifier(o.getIdentifier(), in.identity.eventSystem(), at),
        effective[0], Optional.ofNullable(effective[1]), at);
    return read(header, o, index, in);
  }

  /** Builds the event from the common fields and the kind's own elements. */
  abstract E read(FhirEventHeader header, Observation observation, int index, Reading in);

  // ---- components ----

  static void component(Observation o, String part, Type value) {
    o.addComponent().setCode(Writing.concept(Urls.OBSERVATION_PART, part)).setValue(value);
  }

  /** The part code of component {@code i}; INVALID_VALUE if it is not one of Holdspace's parts. */
  static String part(Observation o, int i, String at) {
    CodeableConcept code = o.getComponent().get(i).getCode();
    for (Coding c : code.getCoding()) {
      if (Urls.OBSERVATION_PART.equals(c.getSystem()) && c.hasCode()) {
        return c.getCode();
      }
    }
    throw Reading.invalid(componentAt(at, i) + ".code", "a coding in system " + Urls.OBSERVATION_PART);
  }

  static String componentAt(String at, int i) {
    return at + ".component[" + i + "]";
  }

  /** The value of component {@code i}, of the expected type. */
  static <T extends Type> T componentValue(Observation o, int i, Class<T> type, String at) {
    Type value = o.getComponent().get(i).getValue();
    String where = componentAt(at, i) + ".value";
    if (value == null || value.isEmpty() && !value.hasExtension()) {
      throw Reading.missing(where, "a value of type " + type.getSimpleName());
    }
    if (!type.isInstance(value)) {
      throw Reading.invalid(where, "a value of type " + type.getSimpleName());
    }
    return type.cast(value);
  }

  /** INVALID_VALUE at the first component of an Observation whose kind has none. */
  static void noComponents(Observation o, String at) {
    if (o.hasComponent()) {
      throw Reading.invalid(componentAt(at, 0));
    }
  }

  /** The Observation's value, which must be a CodeableConcept. */
  static CodeableConcept conceptValue(Observation o, String at) {
    if (!o.hasValue()) {
      throw Reading.missing(at + ".value");
    }
    if (!(o.getValue() instanceof CodeableConcept)) {
      throw Reading.invalid(at + ".value");
    }
    return (CodeableConcept) o.getValue();
  }
}
