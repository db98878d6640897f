package org.holdspace.caregiver;

import org.holdspace.code.Code;

/**
 * Holdspace's code system for the role of someone other than the child's caregivers (who are
 * {@link CaregiverCodes}): who a child was handed to at the end of a session, or who was told of an
 * incident. Never a person's name. Vendors add their own codes.
 */
public final class RoleCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/role";

  /** Staff of the child's school or nursery. */
  public static final Code SCHOOL_STAFF = Code.of(SYSTEM, "school-staff", "School staff");
  /** Another clinician (the next session's, say). */
  public static final Code CLINICIAN = Code.of(SYSTEM, "clinician", "Another clinician");
  /** The clinician's supervisor. */
  public static final Code SUPERVISOR = Code.of(SYSTEM, "supervisor", "Supervisor");
  /** The clinic's safeguarding or child-protection lead. */
  public static final Code SAFEGUARDING_LEAD = Code.of(SYSTEM, "safeguarding-lead", "Safeguarding lead");
  /** A transport escort or driver. */
  public static final Code TRANSPORT = Code.of(SYSTEM, "transport", "Transport escort");
  /** Anyone else. */
  public static final Code OTHER = Code.of(SYSTEM, "other", "Other");

  private RoleCodes() {}
}
