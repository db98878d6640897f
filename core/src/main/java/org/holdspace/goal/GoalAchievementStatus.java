package org.holdspace.goal;

import java.util.Optional;

/**
 * How a goal stands against its target, one to one with FHIR's Goal {@code achievementStatus}
 * (code system {@code http://terminology.hl7.org/CodeSystem/goal-achievement}).
 */
public enum GoalAchievementStatus {
  /** FHIR {@code in-progress}. */
  IN_PROGRESS("in-progress"),
  /** FHIR {@code improving}. */
  IMPROVING("improving"),
  /** FHIR {@code worsening}. */
  WORSENING("worsening"),
  /** FHIR {@code no-change}. */
  NO_CHANGE("no-change"),
  /** FHIR {@code achieved}. */
  ACHIEVED("achieved"),
  /** FHIR {@code sustaining}. */
  SUSTAINING("sustaining"),
  /** FHIR {@code not-achieved}. */
  NOT_ACHIEVED("not-achieved"),
  /** FHIR {@code no-progress}. */
  NO_PROGRESS("no-progress"),
  /** FHIR {@code not-attainable}. */
  NOT_ATTAINABLE("not-attainable");

  /** The FHIR code system of these codes. */
  public static final String FHIR_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement";

  private final String fhirCode;

  GoalAchievementStatus(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  /** {@return the FHIR code, for example {@code in-progress}} */
  public String fhirCode() {
    return fhirCode;
  }

  /**
   * The status whose FHIR code is {@code fhirCode}, if any.
   *
   * @param fhirCode a FHIR code
   * @return the status, or empty if the code is not one of them
   */
  public static Optional<GoalAchievementStatus> fromFhirCode(String fhirCode) {
    for (GoalAchievementStatus s : values()) {
      if (s.fhirCode.equals(fhirCode)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
