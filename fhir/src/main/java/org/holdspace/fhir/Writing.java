package org.holdspace.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.holdspace.code.Code;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.session.Session;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;

/**
 * One session's export in progress: the Bundle, the fullUrl of every resource written so far, and
 * the small builders every mapping shares. FullUrls are {@code urn:uuid:} names derived from the
 * session id, the resource's role and the Holdspace id, so the same session always gives the same
 * Bundle.
 */
final class Writing {
  final Session session;
  final FhirIdentity identity;
  final FhirConformance conformance;
  /** Whether the Bundle becomes a transaction, the only place a conditional reference is valid. */
  private final boolean transaction;
  /** The vendor's Patient reference, once asked; null until then. */
  private Optional<String> patient;
  final Bundle bundle = new Bundle();
  private final Map<String, String> eventUrls = new HashMap<>();
  private final Map<String, String> goalUrls = new HashMap<>();
  private final String encounterUrl;
  /** The regulation observations, ordered by time (stable), for {@link #latestRegulationAtOrBefore}. */
  private final List<RegulationObservation> regulation = new ArrayList<>();

  Writing(Session session, FhirIdentity identity, FhirConformance conformance) {
    this(session, identity, conformance, false);
  }

  Writing(Session session, FhirIdentity identity, FhirConformance conformance, boolean transaction) {
    this.transaction = transaction;
    this.session = session;
    this.identity = identity;
    this.conformance = conformance;
    this.bundle.setType(Bundle.BundleType.COLLECTION);
    this.encounterUrl = url("encounter", "");
    for (SessionEvent e : session.events()) {
      eventUrls.put(e.id(), url("event", e.id()));
      if (e instanceof RegulationObservation) {
        regulation.add((RegulationObservation) e);
      }
    }
    regulation.sort(Comparator.comparing(SessionEvent::at));
    session.goals().forEach(g -> goalUrls.put(g.id(), url("goal", g.id())));
  }

  /**
   * A deterministic {@code urn:uuid:} for a resource of this session, in the tenant's namespace
   * when there is one (without a tenant, the names are those of earlier versions).
   */
  String url(String role, String id) {
    String prefix = identity.tenant().map(t -> t + '\u0000').orElse("");
    byte[] name = (prefix + session.id() + '\u0000' + role + '\u0000' + id).getBytes(StandardCharsets.UTF_8);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
  }

  /**
   * A deterministic {@code urn:uuid:} for a resource shared by every session (the rule set's
   * Device), in the tenant's namespace when there is one.
   */
  String sharedUrl(String role, String id) {
    String prefix = identity.tenant().map(t -> t + '\u0000').orElse("");
    byte[] name = (prefix + "\u0000shared\u0000" + role + '\u0000' + id).getBytes(StandardCharsets.UTF_8);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
  }

  /** Adds {@code resource} under {@code fullUrl}, with the uuid as its id. */
  void add(String fullUrl, Resource resource) {
    resource.setId(fullUrl.substring("urn:uuid:".length()));
    if (usCore()) {
      UsCore.claimProfile(resource);
    }
    bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
  }

  /** The id of the latest regulation observation at or before {@code at} (the last listed, among equals). */
  Optional<String> latestRegulationAtOrBefore(Instant at) {
    int low = 0;
    int high = regulation.size();
    while (low < high) { // first index whose time is after at
      int mid = (low + high) >>> 1;
      if (regulation.get(mid).at().isAfter(at)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low == 0 ? Optional.empty() : Optional.of(regulation.get(low - 1).id());
  }

  String encounterUrl() {
    return encounterUrl;
  }

  String eventUrl(String eventId) {
    return eventUrls.get(eventId);
  }

  String goalUrl(String goalId) {
    return goalUrls.get(goalId);
  }

  /** A reference to a resource of this Bundle, or to the id's owner by identifier when the Bundle has none. */
  Reference referenceTo(String id) {
    String url = eventUrls.get(id);
    if (url == null) {
      url = goalUrls.get(id);
    }
    return url != null ? new Reference(url) : new Reference().setIdentifier(identifier(identity.eventSystem(), id));
  }

  /**
   * The child: an identifier in the client system, with the vendor's Patient reference when it
   * gives one (asked once per Bundle); a new element each call.
   */
  Reference subject() {
    if (patient == null) {
      patient = identity.patientReference(session.clientId()).map(ref -> checked("Patient", ref));
    }
    Reference r = new Reference().setIdentifier(identifier(identity.clientSystem(), session.clientId()));
    patient.ifPresent(r::setReference);
    return r;
  }

  /** A clinician: an identifier in the clinician system, with the vendor's Practitioner reference when it gives one. */
  Reference clinician(String id) {
    Reference r = new Reference().setIdentifier(identifier(identity.clinicianSystem(), id));
    identity.practitionerReference(id).ifPresent(ref -> r.setReference(checked("Practitioner", ref)));
    return r;
  }

  /** An event's identifier, in the vendor's event system. */
  Identifier eventIdentifier(String eventId) {
    return identifier(identity.eventSystem(), eventId);
  }

  /**
   * The identifier of a resource Holdspace derives, in the derived system: {@code <session
   * id>/<kind>/<id>}, or {@code <session id>/<kind>} for one per session.
   */
  Identifier derivedIdentifier(String kind, String id) {
    return identifier(identity.derivedSystem(), session.id() + "/" + kind + (id.isEmpty() ? "" : "/" + id));
  }

  /**
   * {@code reference} if it is a literal ({@code Type/id}) reference to a resource of {@code type},
   * or a conditional one ({@code Type?query}) in a transaction; else NOT_WRITABLE, without the
   * reference.
   */
  String checked(String type, String reference) {
    if (!transaction && reference.startsWith(type + "?")) {
      throw new HoldspaceFhirException(HoldspaceFhirException.Problem.NOT_WRITABLE, "FhirIdentity",
          "a conditional " + type + " reference is valid only in a transaction: use toTransaction(), or a literal "
          + "reference", List.of(), null);
    }
    if (!isReference(type, reference)) {
      throw new HoldspaceFhirException(HoldspaceFhirException.Problem.NOT_WRITABLE, "FhirIdentity",
          "the " + type + " reference given is neither " + type + "/[id] nor " + type + "?[query]", List.of(), null);
    }
    return reference;
  }

  Reference encounter() {
    return new Reference(encounterUrl);
  }

  static Identifier identifier(String system, String value) {
    return new Identifier().setSystem(system).setValue(value);
  }

  /** An instant as a FHIR dateTime in UTC, at its full precision (HAPI keeps the text). */
  static DateTimeType dateTime(Instant at) {
    return new DateTimeType(at.toString());
  }

  static Period period(Instant start, Instant end) {
    Period p = new Period();
    p.setStartElement(dateTime(start));
    p.setEndElement(dateTime(end));
    return p;
  }

  static Period period(Interval interval) {
    return period(interval.start(), interval.end());
  }

  /** An event's time: a dateTime when it is a moment, a Period when it lasts. */
  static Type effective(SessionEvent e) {
    return e.until().isPresent() ? period(e.at(), e.until().get()) : dateTime(e.at());
  }

  /**
   * A code as a Coding. FHIR's {@code uri} has no white space and its {@code code} no white space
   * at either end and none but single spaces inside: a Holdspace code outside that cannot be
   * written as valid FHIR, so it is refused ({@link UnwritableCode}, which the writer reports with
   * the location) rather than changed.
   */
  static Coding coding(Code code) {
    if (!isFhirCode(code.code()) || !isFhirUri(code.system())) {
      throw new UnwritableCode();
    }
    Coding c = new Coding(code.system(), code.code(), null);
    code.display().ifPresent(d -> c.setDisplayElement(FhirText.of(d)));
    return c;
  }

  /** FHIR's {@code code}: {@code [^\s]+( [^\s]+)*}. */
  static boolean isFhirCode(String code) {
    boolean space = true; // no space at the start
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (ch == ' ') {
        if (space) {
          return false;
        }
        space = true;
      } else if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
        return false;
      } else {
        space = false;
      }
    }
    return !space; // not empty, no space at the end
  }

  /** FHIR's {@code uri}: {@code \S*}. */
  static boolean isFhirUri(String uri) {
    for (int i = 0; i < uri.length(); i++) {
      if (Character.isWhitespace(uri.charAt(i)) || Character.isSpaceChar(uri.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code reference} is {@code type/id} or {@code type?query}, with no white space. */
  static boolean isReference(String type, String reference) {
    boolean literal = reference.startsWith(type + "/") && reference.length() > type.length() + 1
        && reference.indexOf('/', type.length() + 1) < 0;
    boolean conditional = reference.startsWith(type + "?") && reference.length() > type.length() + 1;
    return (literal || conditional) && isFhirUri(reference);
  }

  /** Whether the Bundle is written to US Core 6.1.0. */
  boolean usCore() {
    return conformance == FhirConformance.US_CORE_6_1_0;
  }

  /** Thrown for an empty text that a US Core document cannot hold; the writer adds the location. */
  static final class UnwritableText extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnwritableText() {
      super(null, null, false, false);
    }
  }

  /** Thrown by {@link #coding(Code)} for a code FHIR cannot hold; the writer adds the location. */
  static final class UnwritableCode extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnwritableCode() {
      super(null, null, false, false);
    }
  }

  static CodeableConcept concept(Code code) {
    return new CodeableConcept(coding(code));
  }

  static Coding coding(Enum<?> constant) {
    return new Coding(CodeTable.enumSystem(constant.getDeclaringClass()), CodeTable.code(constant),
        CodeTable.display(constant));
  }

  static CodeableConcept concept(Enum<?> constant) {
    return new CodeableConcept(coding(constant));
  }

  static CodeableConcept concept(String system, String code) {
    return new CodeableConcept(new Coding(system, code, null));
  }

  static Extension extension(String url, Type value) {
    return new Extension(url, value);
  }

  static Extension extension(String url, Enum<?> constant) {
    return new Extension(url, coding(constant));
  }

}
