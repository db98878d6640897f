package org.holdspace.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.goal.Goal;
import org.holdspace.session.EventKind;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;

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
  private final long maxDocumentChars;
  private final BundleReader reader;
  private final BundleWriter writer;
  private final FhirIdentity identity;
  private final FhirConformance conformance;

  private HoldspaceFhir(List<EventMapping<?>> vendor, List<EventMapping<?>> library,
      Map<Class<?>, Class<? extends SessionEvent>> libraryKinds, List<FhirSessionCodec<?>> sessionCodecs,
      long maxDocumentChars, FhirIdentity identity, FhirConformance conformance) {
    this.maxDocumentChars = maxDocumentChars;
    this.identity = identity;
    this.conformance = conformance;
    // the vendors' mappings, then the library's: the order in which resources are offered for reading
    List<EventMapping<?>> all = new ArrayList<>(vendor);
    all.addAll(library);
    this.reader = new BundleReader(List.copyOf(all), List.copyOf(sessionCodecs), identity);
    this.writer = new BundleWriter(List.copyOf(vendor), List.copyOf(library), Map.copyOf(libraryKinds),
        List.copyOf(sessionCodecs), identity, conformance);
  }

  /** {@return what the Bundles this mapping writes conform to besides base R4} */
  public FhirConformance conformance() {
    return conformance;
  }

  /** {@return whose identifiers this mapping writes and reads} */
  public FhirIdentity identity() {
    return identity;
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
   * @param bundle a Bundle holding one Encounter, as {@link #toBundle} writes it; for a Bundle of
   *     several, or another system's, use {@link #importer()}
   * @return the session
   * @throws HoldspaceFhirException for a missing, duplicate, wrong or unknown element, with its location
   */
  public Session toSession(Bundle bundle) {
    return reader.readOne(Objects.requireNonNull(bundle, "bundle"));
  }

  /**
   * An importer of sessions from FHIR that may hold many, strict until {@link
   * FhirImporter#tolerant()} says otherwise: one session per Encounter, with an {@link
   * ImportReport} of what became of every resource.
   *
   * <pre>{@code
   * FhirImport imported = fhir.importer().tolerant().read(bundle);
   * imported.sessions().forEach(s -> evaluator.evaluate(s));
   * }</pre>
   *
   * @return a strict importer with this mapping's codecs and identity
   */
  public FhirImporter importer() {
    return FhirImporter.of(this);
  }

  BundleReader reader() {
    return reader;
  }

  Bundle write(SessionExport export, boolean transaction) {
    return writer.write(export, transaction);
  }

  // ---- JSON ----

  /**
   * The Bundle (or any resource) as FHIR JSON, on one line.
   *
   * @param resource the resource
   * @return its JSON
   * @throws HoldspaceFhirException {@code LIMIT_EXCEEDED} if it would be longer than {@link #parseBundle} reads
   */
  public String toJson(IBaseResource resource) {
    return readable(context.newJsonParser().encodeResourceToString(resource));
  }

  /**
   * The Bundle (or any resource) as indented FHIR JSON, for people to read.
   *
   * @param resource the resource
   * @return its JSON, indented
   * @throws HoldspaceFhirException {@code LIMIT_EXCEEDED} if it would be longer than {@link #parseBundle} reads
   */
  public String toPrettyJson(IBaseResource resource) {
    return readable(context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
  }

  /** {@code json}, unless it is longer than {@link #parseBundle} reads: nothing is written that the reader refuses. */
  private String readable(String json) {
    if (json.length() > maxDocumentChars) {
      throw new HoldspaceFhirException(Problem.LIMIT_EXCEEDED, "Bundle", "the JSON would be longer than "
          + maxDocumentChars + " characters, more than parseBundle reads with these limits", List.of(), null);
    }
    return json;
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
    IBaseResource parsed = parseResource(json, "Bundle");
    if (!(parsed instanceof Bundle)) {
      throw new HoldspaceFhirException(Problem.WRONG_RESOURCE, "Bundle", HoldspaceFhirException.withArticle(parsed.fhirType()) + ", not a Bundle",
          List.of(), null);
    }
    return (Bundle) parsed;
  }

  /** Parses one FHIR resource, strictly, as {@link #parseBundle} does; problems are located at {@code at}. */
  org.hl7.fhir.r4.model.Resource parseResource(String json, String at) {
    Objects.requireNonNull(json, "json");
    if (json.length() > maxDocumentChars) {
      throw new HoldspaceFhirException(Problem.LIMIT_EXCEEDED, at,
          "longer than " + maxDocumentChars + " characters", List.of(), null);
    }
    StrictJson.check(json, at);
    IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    try {
      return (org.hl7.fhir.r4.model.Resource) parser.parseResource(json);
    } catch (DataFormatException | IllegalArgumentException | IllegalStateException | ClassCastException
        | NullPointerException e) { // HAPI's parser fails with these on shapes it does not expect
      throw new HoldspaceFhirException(Problem.MALFORMED, at, "not FHIR R4 JSON", List.of(), null);
    }
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
    private FhirIdentity identity = FhirIdentity.defaults();
    private FhirConformance conformance = FhirConformance.BASE_R4;

    private Builder() {}

    /**
     * Whose identifiers to write and read: the vendor's identifier systems, a tenant for the
     * resource ids, references to the vendor's Patient and Practitioner. Holdspace's own by default.
     *
     * @param identity the identity
     * @return this builder
     */
    public Builder identity(FhirIdentity identity) {
      this.identity = Objects.requireNonNull(identity, "identity");
      return this;
    }

    /**
     * What the Bundles written conform to besides base R4: {@link FhirConformance#US_CORE_6_1_0}
     * for an EHR that expects US Core. Reading takes either.
     *
     * @param conformance the conformance
     * @return this builder
     */
    public Builder conformance(FhirConformance conformance) {
      this.conformance = Objects.requireNonNull(conformance, "conformance");
      return this;
    }

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
      return new HoldspaceFhir(vendor, libraryMappings(), libraryKinds, sessions, maxDocumentChars, identity, conformance);
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
      all.add(new IncidentRecordMapping());
      all.add(new HandoverMapping());
      return all;
    }
  }
}
