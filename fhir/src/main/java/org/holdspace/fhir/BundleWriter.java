package org.holdspace.fhir;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.StringType;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.goal.Goal;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;

/**
 * Writes a {@link SessionExport} as a Bundle for {@link HoldspaceFhir}: the Encounter (with a
 * vendor's session fields), the goals, each event by its mapping, and the assessment, parent
 * summary and session note when the export has them. Thread-safe: the mapping found for each
 * event class is kept in a concurrent map.
 */
final class BundleWriter {
  private final List<EventMapping<?>> vendor;
  private final List<EventMapping<?>> library;
  private final Map<Class<?>, Class<? extends SessionEvent>> libraryKinds;
  private final List<FhirSessionCodec<?>> sessionCodecs;
  private final Map<Class<?>, EventMapping<?>> byClass = new ConcurrentHashMap<>();
  private final FhirIdentity identity;
  private final FhirConformance conformance;

  BundleWriter(List<EventMapping<?>> vendor, List<EventMapping<?>> library,
      Map<Class<?>, Class<? extends SessionEvent>> libraryKinds, List<FhirSessionCodec<?>> sessionCodecs,
      FhirIdentity identity, FhirConformance conformance) {
    this.identity = identity;
    this.conformance = conformance;
    this.vendor = vendor;
    this.library = library;
    this.libraryKinds = libraryKinds;
    this.sessionCodecs = sessionCodecs;
  }

  /**
   * The mapping that writes {@code e}: a vendor codec's for its type; the library kind's for the
   * library's own values and for a vendor class registered as that kind; none for any other
   * implementation of a library kind, whose own state the library cannot see.
   */
  private EventMapping<?> mappingFor(SessionEvent e) {
    return byClass.computeIfAbsent(e.getClass(), c -> {
      for (EventMapping<?> m : vendor) {
        if (m.type.isInstance(e)) {
          return m;
        }
      }
      Class<?> kind = libraryKinds.get(c);
      for (EventMapping<?> m : library) {
        if (kind != null ? m.type == kind : SessionEvent.isLibraryValue(e) && m.type.isInstance(e)) {
          return m;
        }
      }
      return null;
    });
  }

  Bundle write(SessionExport export, boolean transaction) {
    Session s = export.session;
    Writing out = new Writing(s, identity, conformance, transaction);
    String at = "Session";
    try {
      org.hl7.fhir.r4.model.Encounter encounter = EncounterMapping.write(s, out);
      writeVendorFields(s, encounter);
      out.add(out.encounterUrl(), encounter);
      for (Goal g : s.goals()) {
        out.add(out.goalUrl(g.id()), GoalMapping.write(g, out));
      }
      List<SessionEvent> events = s.events();
      for (int i = 0; i < events.size(); i++) {
        at = "Session.events[" + i + "]";
        SessionEvent e = events.get(i);
        EventMapping<?> m = mappingFor(e);
        if (m == null) {
          throw new HoldspaceFhirException(Problem.NOT_WRITABLE, at, "no FHIR codec for "
              + e.getClass().getSimpleName() + "; register one with HoldspaceFhir.builder().addEvent, or a "
              + "stateless implementation of a library kind with addLibraryKind");
        }
        m.writeEvent(e, out);
      }
      at = "Assessment";
      export.assessment.ifPresent(a -> out.add(out.url("assessment", ""), AssessmentMapping.write(a, s, out)));
      at = "ParentSummary";
      export.parentSummary.ifPresent(p -> out.add(out.url("parent-summary", ""), AssessmentMapping.write(p, out)));
      at = "SessionNote";
      export.sessionNote.ifPresent(n -> out.add(out.url("session-note", ""), AssessmentMapping.write(n, out)));
      export.narrator.ifPresent(n -> Readable.apply(export, out, n));
      if (export.provenance) {
        Provenances.write(export, out);
      }
    } catch (Writing.UnwritableCode e) {
      throw new HoldspaceFhirException(Problem.NOT_WRITABLE, at, "a code that FHIR cannot hold: white space in its "
          + "system, at either end of its code, or other than single spaces inside it", List.of(), null);
    } catch (Writing.UnwritableText e) {
      throw new HoldspaceFhirException(Problem.NOT_WRITABLE, at, "an empty text (an empty clinician "
          + "note, a withheld parent summary) cannot be a US Core DocumentReference (us-core-6 wants its data); leave "
          + "it out of a US Core export", List.of(), null);
    }
    return out.bundle;
  }

  private void writeVendorFields(Session s, Encounter encounter) {
    for (FhirSessionCodec<?> codec : sessionCodecs) {
      if (codec.type().isInstance(s)) {
        encounter.addExtension(EncounterMapping.SESSION_TYPE, new StringType(codec.typeName()));
        writeFields(codec, s, encounter);
        return;
      }
    }
    if (!Session.isLibraryValue(s)) {
      throw new HoldspaceFhirException(Problem.NOT_WRITABLE, "Session", "no FHIR codec for "
          + s.getClass().getSimpleName() + "; register one with HoldspaceFhir.builder().addSession");
    }
  }

  private static <S extends Session> void writeFields(FhirSessionCodec<S> codec, Session s, Encounter encounter) {
    codec.writeFields(codec.type().cast(s), encounter);
  }
}
