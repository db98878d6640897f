package org.holdspace.caregiver;

import org.holdspace.code.Code;

/**
 * Holdspace's code system for what a caregiver reports before a session. Information about the
 * child's day, never a judgement. Vendors add their own codes.
 */
public final class CaregiverReportCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/caregiver-report";

  /** A short or broken night. */
  public static final Code SHORT_NIGHT = Code.of(SYSTEM, "short-night", "Short night");
  /** Unwell, or coming down with something. */
  public static final Code ILLNESS = Code.of(SYSTEM, "illness", "Unwell");
  /** Hungry, or a missed meal. */
  public static final Code HUNGER = Code.of(SYSTEM, "hunger", "Hungry");
  /** In pain (teeth, ears, tummy, ...). */
  public static final Code PAIN = Code.of(SYSTEM, "pain", "In pain");
  /** A hard day at school or nursery. */
  public static final Code HARD_DAY_AT_SCHOOL = Code.of(SYSTEM, "hard-day-at-school", "Hard day at school");
  /** A hard day at home. */
  public static final Code HARD_DAY_AT_HOME = Code.of(SYSTEM, "hard-day-at-home", "Hard day at home");
  /** A change in routine (a move, a new carer, a holiday, ...). */
  public static final Code CHANGE_IN_ROUTINE = Code.of(SYSTEM, "change-in-routine", "Change in routine");

  private CaregiverReportCodes() {}
}
