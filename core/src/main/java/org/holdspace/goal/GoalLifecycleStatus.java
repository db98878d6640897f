package org.holdspace.goal;

import java.util.Optional;

/**
 * Where a goal is in its life, one to one with FHIR's Goal {@code lifecycleStatus}
 * (value set {@code http://hl7.org/fhir/ValueSet/goal-status}).
 */
public enum GoalLifecycleStatus {
  /** FHIR {@code proposed}. */
  PROPOSED("proposed"),
  /** FHIR {@code planned}. */
  PLANNED("planned"),
  /** FHIR {@code accepted}. */
  ACCEPTED("accepted"),
  /** FHIR {@code active}. */
  ACTIVE("active"),
  /** FHIR {@code on-hold}. */
  ON_HOLD("on-hold"),
  /** FHIR {@code completed}. */
  COMPLETED("completed"),
  /** FHIR {@code cancelled}. */
  CANCELLED("cancelled"),
  /** FHIR {@code entered-in-error}. */
  ENTERED_IN_ERROR("entered-in-error"),
  /** FHIR {@code rejected}. */
  REJECTED("rejected");

  /** The FHIR code system of these codes. */
  public static final String FHIR_SYSTEM = "http://hl7.org/fhir/goal-status";

  private final String fhirCode;

  GoalLifecycleStatus(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  /** {@return the FHIR code, for example {@code on-hold}} */
  public String fhirCode() {
    return fhirCode;
  }

  /**
   * The status whose FHIR code is {@code fhirCode}, if any.
   *
   * @param fhirCode a FHIR code
   * @return the status, or empty if the code is not one of them
   */
  public static Optional<GoalLifecycleStatus> fromFhirCode(String fhirCode) {
    for (GoalLifecycleStatus s : values()) {
      if (s.fhirCode.equals(fhirCode)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
