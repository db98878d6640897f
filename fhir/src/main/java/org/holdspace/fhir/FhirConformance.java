package org.holdspace.fhir;

/**
 * What a Bundle conforms to besides base R4.
 *
 * <pre>{@code
 * HoldspaceFhir fhir = HoldspaceFhir.builder().conformance(FhirConformance.US_CORE_6_1_0).build();
 * }</pre>
 */
public enum FhirConformance {
  /** Base FHIR R4 (4.0.1) only: the default. */
  BASE_R4,
  /**
   * US Core 6.1.0 as well: each resource claims its US Core profile in {@code meta.profile}
   * (Encounter, Goal, Simple Observation, Procedure, DocumentReference); documents carry the
   * {@code clinical-note} category, a LOINC document type, a date and, for what a clinician wrote
   * or signed, an author; GAS ratings follow the HL7 Person-Centered Outcomes guide's GAS score
   * (a LOINC answer from LL6900-6 as the value, an {@code effectiveDateTime}), without claiming
   * that draft guide's profile. A Bundle written so reads back as a base one does. A text that is empty cannot be
   * a US Core document (us-core-6 wants its data), so an empty clinician note is refused.
   */
  US_CORE_6_1_0
}
