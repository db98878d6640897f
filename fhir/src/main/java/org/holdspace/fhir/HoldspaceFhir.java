package org.holdspace.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.holdspace.evaluation.Assessment;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.goal.Goal;
import org.holdspace.session.EventKind;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.ValidationException;

/**
 * Holdspace sessions as FHIR R4 Bundles and back, on HAPI FHIR's R4 structures: the session is an
 * {@code Encounter}, its goals {@code Goal}s, its events {@code Observation}s, {@code Procedure}s
 * and {@code DocumentReference}s, its assessment a {@code ClinicalImpression}; the README's
 * mapping table lists every element. Reading a Bundle gives back the session exactly, for
 * everything the mapping covers; bad input is a {@link HoldspaceFhirException} with a
 * FHIRPath-like location and never the input's text.
 *
 * <pre>{@code
 * HoldspaceFhir fhir = HoldspaceFhir.standard();
 * Bundle bundle = fhir.export(session).with(assessment).toBundle();
 * String json = fhir.toJson(bundle);
 * Session back = fhir.readSession(json);   // equal to session
 * }</pre>
 *
 * <p>Vendors register codecs for their own event and session types with {@link #builder()}.
 * Immutable and thread-safe; build one and share it.
 */
public final class HoldspaceFhir {
  /** The default limit of {@link #parseBundle}: 16 Mi characters. */
  static final long DEFAULT_MAX_DOCUMENT_CHARS = 16L * 1024 * 1024;
  private static final HoldspaceFhir STANDARD = builder().build();

  private final FhirContext context = FhirContext.forR4Cached();
  /** The vendors' mappings, then the library's: the order in which resources are offered for reading. */
  private final List<EventMapping<?>> mappings;
  private final List<EventMapping<?>> vendor;
  private final List<EventMapping<?>> library;
  private final Map<Class<?>, Class<? extends SessionEvent>> libraryKinds;
  private final List<FhirSessionCodec<?>> sessionCodecs;
  private final long maxDocumentChars;
  private final Map<Class<?>, EventMapping<?>> byClass = new ConcurrentHashMap<>();

  private HoldspaceFhir(List<EventMapping<?>> vendor, List<EventMapping<?>> library,
      Map<Class<?>, Class<? extends SessionEvent>> libraryKinds, List<FhirSessionCodec<?>> sessionCodecs,
      long maxDocumentChars) {
    this.vendor = List.copyOf(vendor);
    this.library = List.copyOf(library);
    List<EventMapping<?>> all = new ArrayList<>(vendor);
    all.addAll(library);
    this.mappings = List.copyOf(all);
    this.libraryKinds = Map.copyOf(libraryKinds);
    this.sessionCodecs = List.copyOf(sessionCodecs);
    this.maxDocumentChars = maxDocumentChars;
  }

  /** {@return the mapping of the library's own types, with no vendor codec} */
  public static HoldspaceFhir standard() {
    return STANDARD;
  }

  /** {@return a builder, to register vendor codecs} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What to export for {@code session}; add its assessment, parent summary or session note, then
   * call {@link SessionExport#toBundle()}.
   *
   * @param session the session
   * @return an export of the session alone
   */
  public SessionExport export(Session session) {
    return new SessionExport(this, Objects.requireNonNull(session, "session"), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * The session as a Bundle: {@code export(session).toBundle()}.
   *
   * @param session the session
   * @return a new Bundle of type {@code collection}
   * @throws HoldspaceFhirException with problem {@code NOT_WRITABLE} for an event or session type
   *     that neither the library nor a registered codec maps
   */
  public Bundle toBundle(Session session) {
    return export(session).toBundle();
  }

  /**
   * The session written in a Bundle, back as a session: the library's own type, or a registered
   * vendor's session type when the Encounter names one. Resources that Holdspace derives (the
   * assessment, parent summary and session note) are skipped: evaluate the session again.
   *
   * @param bundle a Bundle as {@link #toBundle} writes it
   * @return the session
   * @throws HoldspaceFhirException for a missing, duplicate, wrong or unknown element, with its location
   */
  public Session toSession(Bundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    List<Resource> resources = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    int encounterIndex = -1;
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
      if (!entry.hasResource()) {
        throw Reading.missing(Reading.entry(i));
      }
      resources.add(entry.getResource());
      urls.add(entry.hasFullUrl() ? entry.getFullUrl() : null);
      if (entry.getResource() instanceof Encounter) {
        if (encounterIndex >= 0) {
          throw Reading.fail(Problem.DUPLICATE_ELEMENT, Reading.entry(i));
        }
        encounterIndex = i;
      }
    }
    if (encounterIndex < 0) {
      throw Reading.missing("Bundle.entry.resource.ofType(Encounter)");
    }
    Reading in = new Reading(resources, urls);
    Encounter encounter = (Encounter) resources.get(encounterIndex);
    Session.Builder b = Session.builder();
    EncounterMapping.read(encounter, Reading.entry(encounterIndex), b);
    in.session(encounterIndex, Reading.logical(encounter.getSubject(), Urls.CLIENT_ID,
        Reading.entry(encounterIndex) + ".subject"));
    for (int i = 0; i < resources.size(); i++) {
      if (GoalAttemptMapping.isGasRating(resources.get(i))) {
        in.gasRating(i, (Observation) resources.get(i));
      }
    }
    Set<Integer> attempts = new HashSet<>();
    for (int i = 0; i < resources.size(); i++) {
      Resource r = resources.get(i);
      if (i == encounterIndex || GoalAttemptMapping.isGasRating(r) || AssessmentMapping.isDerived(r)) {
        continue;
      }
      try {
        if (r instanceof org.hl7.fhir.r4.model.Goal) {
          b.addGoal(GoalMapping.read((org.hl7.fhir.r4.model.Goal) r, Reading.entry(i), in));
          continue;
        }
        EventMapping<?> mapping = mappingFor(r);
        if (mapping == null) {
          throw new HoldspaceFhirException(Problem.UNKNOWN_RESOURCE, Reading.entry(i),
              "a " + r.fhirType() + " that no mapping reads");
        }
        SessionEvent e = mapping.read(r, i, in);
        if (mapping instanceof GoalAttemptMapping) {
          attempts.add(i);
        }
        b.addEvent(e);
      } catch (ValidationException e) {
        throw domain(Reading.entry(i), e);
      }
    }
    in.checkGasRatingsUsed(attempts);
    Session base;
    try {
      base = b.build();
    } catch (ValidationException e) {
      throw domain("Bundle", e);
    }
    return EncounterMapping.hasVendorType(encounter) ? vendorSession(base, encounter, Reading.entry(encounterIndex)) : base;
  }

  private Session vendorSession(Session base, Encounter encounter, String at) {
    String typeName = EncounterMapping.vendorType(encounter, at);
    for (FhirSessionCodec<?> codec : sessionCodecs) {
      if (codec.typeName().equals(typeName)) {
        try {
          return codec.read(base, encounter);
        } catch (ValidationException e) {
          throw domain(at, e);
        } catch (HoldspaceFhirException e) {
          throw e;
        } catch (RuntimeException e) { // the codec's own failure: its message may quote the input
          throw new HoldspaceFhirException(Problem.INVALID_VALUE, at,
              "the vendor codec " + typeName + " failed with " + e.getClass().getSimpleName(), List.of(), null);
        }
      }
    }
    throw Reading.invalid(Reading.extensionLocation(at, EncounterMapping.SESSION_TYPE) + ".value");
  }

  private static HoldspaceFhirException domain(String at, ValidationException e) {
    return new HoldspaceFhirException(Problem.DOMAIN_VIOLATION, at, null, e.violations(), null);
  }

  private EventMapping<?> mappingFor(Resource r) {
    for (EventMapping<?> m : mappings) {
      if (m.reads(r)) {
        return m;
      }
    }
    return null;
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

  Bundle write(SessionExport export) {
    Session s = export.session;
    Writing out = new Writing(s);
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
    } catch (Writing.UnwritableCode e) {
      throw new HoldspaceFhirException(Problem.NOT_WRITABLE, at, "a code that FHIR cannot hold: white space in its "
          + "system, at either end of its code, or other than single spaces inside it", List.of(), null);
    }
    export.parentSummary.ifPresent(p -> out.add(out.url("parent-summary", ""), AssessmentMapping.write(p, out)));
    export.sessionNote.ifPresent(n -> out.add(out.url("session-note", ""), AssessmentMapping.write(n, out)));
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

  // ---- JSON ----

  /**
   * The Bundle (or any resource) as FHIR JSON, on one line.
   *
   * @param resource the resource
   * @return its JSON
   */
  public String toJson(IBaseResource resource) {
    return context.newJsonParser().encodeResourceToString(resource);
  }

  /**
   * The Bundle (or any resource) as indented FHIR JSON, for people to read.
   *
   * @param resource the resource
   * @return its JSON, indented
   */
  public String toPrettyJson(IBaseResource resource) {
    return context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  /**
   * Parses FHIR JSON that holds a Bundle, strictly: an element FHIR R4 does not define is an error.
   *
   * @param json FHIR JSON
   * @return the Bundle
   * @throws HoldspaceFhirException {@code MALFORMED} if it is not FHIR JSON, {@code WRONG_RESOURCE}
   *     if it is another resource, {@code LIMIT_EXCEEDED} if it is longer than the limit (16 Mi
   *     characters unless {@link Builder#maxDocumentChars} says otherwise); the message never quotes
   *     the input or HAPI's own message
   */
  public Bundle parseBundle(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > maxDocumentChars) {
      throw new HoldspaceFhirException(Problem.LIMIT_EXCEEDED, "Bundle",
          "longer than " + maxDocumentChars + " characters", List.of(), null);
    }
    IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    IBaseResource parsed;
    try {
      parsed = parser.parseResource(json);
    } catch (DataFormatException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
      throw new HoldspaceFhirException(Problem.MALFORMED, "Bundle", "not FHIR R4 JSON", List.of(), null);
    }
    if (!(parsed instanceof Bundle)) {
      throw new HoldspaceFhirException(Problem.WRONG_RESOURCE, "Bundle", "a " + parsed.fhirType() + ", not a Bundle",
          List.of(), null);
    }
    return (Bundle) parsed;
  }

  /**
   * Reads a session from FHIR JSON: {@code toSession(parseBundle(json))}.
   *
   * @param json FHIR JSON holding a Bundle as {@link #toBundle} writes it
   * @return the session
   * @throws HoldspaceFhirException for bad input, with its location
   */
  public Session readSession(String json) {
    return toSession(parseBundle(json));
  }

  FhirContext context() {
    return context;
  }

  /** Registers vendor codecs. */
  public static final class Builder {
    private final List<EventMapping<?>> vendor = new ArrayList<>();
    private final List<FhirSessionCodec<?>> sessions = new ArrayList<>();
    private final Map<Class<?>, Class<? extends SessionEvent>> libraryKinds = new java.util.HashMap<>();
    private long maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;

    private Builder() {}

    /**
     * The longest FHIR JSON document {@link #parseBundle} reads: a longer one is refused before
     * HAPI parses it (it would be held whole in memory). The default is 16 Mi characters, as the
     * JSON module's default document limit.
     *
     * @param chars 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code chars} is less than 1
     */
    public Builder maxDocumentChars(long chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("the limit must be 1 or more");
      }
      this.maxDocumentChars = chars;
      return this;
    }

    /**
     * Registers a vendor's event codec; it is tried before the library's own mappings, so it may
     * also take over a library kind's subtype.
     *
     * @param codec the codec
     * @return this builder
     * @throws IllegalArgumentException if the codec's code is in a Holdspace system
     */
    public Builder addEvent(FhirEventCodec<?> codec) {
      if (codec.code().system().startsWith(Urls.BASE)) {
        throw new IllegalArgumentException("a vendor codec's code must be in the vendor's own system");
      }
      vendor.add(new VendorEventMapping<>(codec));
      return this;
    }

    /**
     * Registers a vendor's session codec.
     *
     * @param codec the codec
     * @return this builder
     */
    public Builder addSession(FhirSessionCodec<?> codec) {
      sessions.add(Objects.requireNonNull(codec, "codec"));
      return this;
    }

    /**
     * Registers a vendor's stateless class implementing one of the library's event kinds (a
     * hand-written record, say), to be written as that kind. Without it, writing such an event is
     * refused: the library cannot see whether it holds state of its own that FHIR would drop. It
     * is read back as the library's own value of the kind.
     *
     * @param <E> the kind
     * @param type the vendor's class
     * @param kind the library's event kind it implements, for example {@code RegulationObservation.class}
     * @return this builder
     * @throws IllegalArgumentException if {@code kind} is not a library event kind or {@code type}
     *     is not a class implementing it
     */
    public <E extends SessionEvent> Builder addLibraryKind(Class<? extends E> type, Class<E> kind) {
      if (EventKind.ofType(kind).map(EventKind::type).orElse(null) != kind) {
        throw new IllegalArgumentException(kind.getName() + " is not one of the library's event kinds");
      }
      if (!kind.isAssignableFrom(type) || type.isInterface()) {
        throw new IllegalArgumentException(type.getName() + " is not a class implementing " + kind.getName());
      }
      libraryKinds.put(type, kind);
      return this;
    }

    /** {@return the mapping, with the codecs registered so far} */
    public HoldspaceFhir build() {
      return new HoldspaceFhir(vendor, libraryMappings(), libraryKinds, sessions, maxDocumentChars);
    }

    /** The library's own mappings, one per event kind ({@code EventKind}; a test checks each is covered). */
    static List<EventMapping<?>> libraryMappings() {
      List<EventMapping<?>> all = new ArrayList<>();
      all.add(new RegulationMapping());
      all.add(new SensorySupportMapping());
      all.add(new ActivityMapping());
      all.add(new EnvironmentFactorMapping());
      all.add(new ReadinessMapping());
      all.add(new GoalAttemptMapping());
      all.add(new ConnectionMapping());
      all.add(new ClinicianNoteMapping());
      all.add(new CaregiverReportMapping());
      all.add(new CaregiverPresenceMapping());
      all.add(new CaregiverCoachingMapping());
      return all;
    }
  }
}
