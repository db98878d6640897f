package org.holdspace.caregiver;

import org.holdspace.code.Code;

/** Holdspace's code system for who the caregiver in the session is. Vendors add their own codes. */
public final class CaregiverCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/caregiver";

  /** A parent. */
  public static final Code PARENT = Code.of(SYSTEM, "parent", "Parent");
  /** A grandparent. */
  public static final Code GRANDPARENT = Code.of(SYSTEM, "grandparent", "Grandparent");
  /** A foster or kinship carer. */
  public static final Code FOSTER_CARER = Code.of(SYSTEM, "foster-carer", "Foster or kinship carer");
  /** Another adult who cares for the child. */
  public static final Code OTHER = Code.of(SYSTEM, "other", "Other caregiver");

  private CaregiverCodes() {}
}
