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
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
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
  final Bundle bundle = new Bundle();
  private final Map<String, String> eventUrls = new HashMap<>();
  private final Map<String, String> goalUrls = new HashMap<>();
  private final String encounterUrl;
  /** The regulation observations, ordered by time (stable), for {@link #latestRegulationAtOrBefore}. */
  private final List<RegulationObservation> regulation = new ArrayList<>();

  Writing(Session session) {
    this.session = session;
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

  /** A deterministic {@code urn:uuid:} for a resource of this session. */
  String url(String role, String id) {
    byte[] name = (session.id() + '\u0000' + role + '\u0000' + id).getBytes(StandardCharsets.UTF_8);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
  }

  /** Adds {@code resource} under {@code fullUrl}, with the uuid as its id. */
  void add(String fullUrl, Resource resource) {
    resource.setId(fullUrl.substring("urn:uuid:".length()));
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
    return url != null ? new Reference(url) : new Reference().setIdentifier(identifier(Urls.EVENT_ID, id));
  }

  Reference subject() {
    return new Reference().setIdentifier(identifier(Urls.CLIENT_ID, session.clientId()));
  }

  Reference encounter() {
    return new Reference(encounterUrl);
  }

  static Reference clinician(String id) {
    return new Reference().setIdentifier(identifier(Urls.CLINICIAN_ID, id));
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

  static Coding coding(Code code) {
    return new Coding(code.system(), code.code(), code.display().orElse(null));
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

  /**
   * A text as a FHIR string. FHIR has no empty or blank string: a blank text travels as a string
   * without a value and with the data-absent-reason {@code not-applicable}, and is read back as the
   * empty string (whitespace alone is not kept).
   */
  static StringType text(String text) {
    if (!text.isBlank()) {
      return new StringType(text);
    }
    StringType blank = new StringType();
    blank.addExtension(Urls.DATA_ABSENT_REASON, new CodeType("not-applicable"));
    return blank;
  }
}
