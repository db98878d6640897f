package org.holdspace.fhir;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whose identifiers a Bundle carries: the identifier systems of sessions, events, goals, children,
 * clinicians and the resources Holdspace derives (GAS ratings, assessments, parent summaries,
 * session notes), a tenant that keeps two clinics' equal ids apart in the Bundle's resource ids,
 * and, when the vendor knows them, references to its own Patient and Practitioner resources beside
 * the identifiers. The defaults are Holdspace's own systems ({@code https://holdspace.org/ids/...}),
 * no tenant and no references: what {@link HoldspaceFhir#standard()} writes and reads.
 *
 * <pre>{@code
 * FhirIdentity identity = FhirIdentity.builder()
 *     .tenant("clinic-7")
 *     .sessionSystem("https://ehr.example/ids/visit").clientSystem("https://ehr.example/ids/mrn")
 *     .patientReference(clientId -> Optional.of("Patient?identifier=https://ehr.example/ids/mrn|" + clientId))
 *     .build();
 * HoldspaceFhir fhir = HoldspaceFhir.builder().identity(identity).build();
 * }</pre>
 *
 * <p>A reading {@code HoldspaceFhir} must use the systems its writer used. Immutable and
 * thread-safe when the reference functions are.
 */
public final class FhirIdentity {
  private static final FhirIdentity DEFAULTS = builder().build();

  private final Optional<String> tenant;
  private final String sessionSystem;
  private final String eventSystem;
  private final String goalSystem;
  private final String clientSystem;
  private final String clinicianSystem;
  private final String derivedSystem;
  private final Function<String, Optional<String>> patientReference;
  private final Function<String, Optional<String>> practitionerReference;
  private final Optional<String> organizationReference;
  private final Function<String, Optional<String>> clientIdOfPatient;
  private final Function<String, Optional<String>> clinicianIdOfPractitioner;

  private FhirIdentity(Builder b) {
    this.clientIdOfPatient = b.clientIdOfPatient;
    this.clinicianIdOfPractitioner = b.clinicianIdOfPractitioner;
    this.organizationReference = b.organizationReference;
    this.tenant = b.tenant;
    this.sessionSystem = b.sessionSystem;
    this.eventSystem = b.eventSystem;
    this.goalSystem = b.goalSystem;
    this.clientSystem = b.clientSystem;
    this.clinicianSystem = b.clinicianSystem;
    this.derivedSystem = b.derivedSystem;
    this.patientReference = b.patientReference;
    this.practitionerReference = b.practitionerReference;
  }

  /** {@return Holdspace's own systems, no tenant, no references} */
  public static FhirIdentity defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the tenant whose namespace the Bundle's resource ids are made in, if any} */
  public Optional<String> tenant() {
    return tenant;
  }

  /** {@return the identifier system of sessions (the Encounter)} */
  public String sessionSystem() {
    return sessionSystem;
  }

  /** {@return the identifier system of events (Observations, Procedures, clinician notes)} */
  public String eventSystem() {
    return eventSystem;
  }

  /** {@return the identifier system of goals} */
  public String goalSystem() {
    return goalSystem;
  }

  /** {@return the identifier system of children (the subject)} */
  public String clientSystem() {
    return clientSystem;
  }

  /** {@return the identifier system of clinicians (performers, participants, authors)} */
  public String clinicianSystem() {
    return clinicianSystem;
  }

  /**
   * The identifier system of what Holdspace derives: a GAS rating, an assessment, a parent summary
   * or a session note, each with the value {@code <session id>/<kind>/<id>}; so every resource has
   * an identifier a transaction can key on.
   *
   * @return the system
   */
  public String derivedSystem() {
    return derivedSystem;
  }

  /**
   * The reference to the vendor's Patient for a child, if the vendor gives one.
   *
   * @param clientId a Holdspace client id
   * @return {@code Patient/123} or {@code Patient?identifier=system|value}, or empty
   */
  public Optional<String> patientReference(String clientId) {
    return Objects.requireNonNull(patientReference.apply(clientId), "patientReference returned null");
  }

  /**
   * The reference to the vendor's Practitioner for a clinician, if the vendor gives one.
   *
   * @param clinicianId a Holdspace clinician id
   * @return {@code Practitioner/123} or {@code Practitioner?identifier=system|value}, or empty
   */
  public Optional<String> practitionerReference(String clinicianId) {
    return Objects.requireNonNull(practitionerReference.apply(clinicianId), "practitionerReference returned null");
  }

  /**
   * The vendor's Organization (the clinic) on whose behalf its clinicians and Holdspace's rule set
   * act, for Provenance: US Core's Provenance wants it whenever an agent is a Practitioner or a
   * Device.
   *
   * @return {@code Organization/123} or {@code Organization?identifier=system|value}, or empty
   */
  public Optional<String> organizationReference() {
    return organizationReference;
  }

  /**
   * The client id for a literal reference to a Patient that carries no identifier in the client
   * system (a Bundle another system wrote): by default the reference itself.
   *
   * @param reference {@code Patient/123}, an absolute or conditional ({@code Patient?identifier=..}) URL
   *     to a Patient; for a Patient in the same Bundle, {@code Patient/} and its id
   * @return the client id, or empty if there is none for it (the reader then refuses the reference)
   */
  public Optional<String> clientIdOfPatient(String reference) {
    return Objects.requireNonNull(clientIdOfPatient.apply(reference), "clientIdOfPatient returned null");
  }

  /**
   * The clinician id for a literal reference to a Practitioner that carries no identifier in the
   * clinician system: by default the reference itself.
   *
   * @param reference {@code Practitioner/9}, an absolute or conditional URL to a Practitioner; for a
   *     Practitioner in the same Bundle, {@code Practitioner/} and its id
   * @return the clinician id, or empty if there is none for it (the reader then refuses the reference)
   */
  public Optional<String> clinicianIdOfPractitioner(String reference) {
    return Objects.requireNonNull(clinicianIdOfPractitioner.apply(reference),
        "clinicianIdOfPractitioner returned null");
  }

  /** {@return the systems and whether there is a tenant; never the tenant itself} */
  @Override
  public String toString() {
    return "FhirIdentity{session=" + sessionSystem + ", event=" + eventSystem + ", goal=" + goalSystem + ", client="
        + clientSystem + ", clinician=" + clinicianSystem + ", derived=" + derivedSystem + ", tenant="
        + (tenant.isPresent() ? "set" : "none") + "}";
  }

  /** Builds a {@link FhirIdentity}; every setter checks its argument at once. */
  public static final class Builder {
    private Optional<String> tenant = Optional.empty();
    private String sessionSystem = Urls.SESSION_ID;
    private String eventSystem = Urls.EVENT_ID;
    private String goalSystem = Urls.GOAL_ID;
    private String clientSystem = Urls.CLIENT_ID;
    private String clinicianSystem = Urls.CLINICIAN_ID;
    private String derivedSystem = Urls.DERIVED_ID;
    private Function<String, Optional<String>> patientReference = id -> Optional.empty();
    private Function<String, Optional<String>> practitionerReference = id -> Optional.empty();
    private Optional<String> organizationReference = Optional.empty();
    private Function<String, Optional<String>> clientIdOfPatient = Optional::of;
    private Function<String, Optional<String>> clinicianIdOfPractitioner = Optional::of;

    private Builder() {}

    /**
     * @param clientId the client id for a literal Patient reference without an identifier (the
     *     vendor's lookup), or empty to refuse it; by default the reference itself
     * @return this builder
     */
    public Builder clientIdOfPatient(Function<String, Optional<String>> clientId) {
      this.clientIdOfPatient = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * @param clinicianId the clinician id for a literal Practitioner reference without an
     *     identifier, or empty to refuse it; by default the reference itself
     * @return this builder
     */
    public Builder clinicianIdOfPractitioner(Function<String, Optional<String>> clinicianId) {
      this.clinicianIdOfPractitioner = Objects.requireNonNull(clinicianId, "clinicianId");
      return this;
    }

    /**
     * @param reference the vendor's Organization: {@code Organization/123} or {@code
     *     Organization?identifier=system|value}
     * @return this builder
     * @throws IllegalArgumentException if it is neither form
     */
    public Builder organizationReference(String reference) {
      Objects.requireNonNull(reference, "reference");
      if (!Writing.isReference("Organization", reference)) {
        throw new IllegalArgumentException("the organization reference must be Organization/[id] or "
            + "Organization?[query], with no white space");
      }
      this.organizationReference = Optional.of(reference);
      return this;
    }

    /**
     * @param tenant a tenant: 1 to 64 characters, no control or white-space character
     * @return this builder
     * @throws IllegalArgumentException if it is not such a name
     */
    public Builder tenant(String tenant) {
      Objects.requireNonNull(tenant, "tenant");
      if (tenant.isEmpty() || tenant.length() > 64 || tenant.codePoints().anyMatch(
          c -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
        throw new IllegalArgumentException("tenant must be 1 to 64 characters with no white space or control character");
      }
      this.tenant = Optional.of(tenant);
      return this;
    }

    /**
     * @param system the identifier system of sessions, an absolute URI
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute URI FHIR can hold
     */
    public Builder sessionSystem(String system) {
      this.sessionSystem = system(system, "sessionSystem");
      return this;
    }

    /**
     * @param system the identifier system of events, an absolute URI
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute URI FHIR can hold
     */
    public Builder eventSystem(String system) {
      this.eventSystem = system(system, "eventSystem");
      return this;
    }

    /**
     * @param system the identifier system of goals, an absolute URI
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute URI FHIR can hold
     */
    public Builder goalSystem(String system) {
      this.goalSystem = system(system, "goalSystem");
      return this;
    }

    /**
     * @param system the identifier system of children, an absolute URI (a medical record number's, say)
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute URI FHIR can hold
     */
    public Builder clientSystem(String system) {
      this.clientSystem = system(system, "clientSystem");
      return this;
    }

    /**
     * @param system the identifier system of clinicians, an absolute URI (an NPI's, say)
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute URI FHIR can hold
     */
    public Builder clinicianSystem(String system) {
      this.clinicianSystem = system(system, "clinicianSystem");
      return this;
    }

    /**
     * @param system the identifier system of derived resources, an absolute URI
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute URI FHIR can hold
     */
    public Builder derivedSystem(String system) {
      this.derivedSystem = system(system, "derivedSystem");
      return this;
    }

    /**
     * @param reference the vendor's Patient reference for a client id ({@code Patient/123} or
     *     {@code Patient?identifier=...}), or empty for an identifier alone; called once per Bundle
     * @return this builder
     */
    public Builder patientReference(Function<String, Optional<String>> reference) {
      this.patientReference = Objects.requireNonNull(reference, "reference");
      return this;
    }

    /**
     * @param reference the vendor's Practitioner reference for a clinician id, or empty for an
     *     identifier alone; called for each reference written
     * @return this builder
     */
    public Builder practitionerReference(Function<String, Optional<String>> reference) {
      this.practitionerReference = Objects.requireNonNull(reference, "reference");
      return this;
    }

    /** @return the identity */
    public FhirIdentity build() {
      return new FhirIdentity(this);
    }

    private static String system(String system, String name) {
      Objects.requireNonNull(system, name);
      if (!Writing.isFhirUri(system) || !system.contains(":")) {
        throw new IllegalArgumentException(name + " must be an absolute URI with no white space");
      }
      return system;
    }
  }
}
