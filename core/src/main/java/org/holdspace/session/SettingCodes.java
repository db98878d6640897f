package org.holdspace.session;

import org.holdspace.code.Code;

/** Holdspace's code system for where a session takes place. */
public final class SettingCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/setting";

  /** A clinic room. */
  public static final Code CLINIC = Code.of(SYSTEM, "clinic", "Clinic");
  /** The child's home. */
  public static final Code HOME = Code.of(SYSTEM, "home", "Home");
  /** School or nursery. */
  public static final Code SCHOOL = Code.of(SYSTEM, "school", "School");
  /** A video call. */
  public static final Code TELEHEALTH = Code.of(SYSTEM, "telehealth", "Telehealth");
  /** Outdoors or in the community. */
  public static final Code COMMUNITY = Code.of(SYSTEM, "community", "Community");

  private SettingCodes() {}
}
