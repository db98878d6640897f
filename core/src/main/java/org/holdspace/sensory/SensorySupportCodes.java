package org.holdspace.sensory;

import org.holdspace.code.Code;

/** Holdspace's code system for common sensory supports. Vendors add their own codes. */
public final class SensorySupportCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/sensory-support";

  /** Firm, even pressure: a hug the child asks for, a squeeze, a roll under a mat. */
  public static final Code DEEP_PRESSURE = Code.of(SYSTEM, "deep-pressure", "Deep pressure");
  /** A weighted blanket or lap pad. */
  public static final Code WEIGHTED_ITEM = Code.of(SYSTEM, "weighted-item", "Weighted blanket or lap pad");
  /** A fidget toy. */
  public static final Code FIDGET = Code.of(SYSTEM, "fidget", "Fidget");
  /** Ear defenders or noise-cancelling headphones. */
  public static final Code EAR_DEFENDERS = Code.of(SYSTEM, "ear-defenders", "Ear defenders");
  /** Dimmed lights or a low-light corner. */
  public static final Code DIMMED_LIGHTS = Code.of(SYSTEM, "dimmed-lights", "Dimmed lights");
  /** A quiet space, a tent or a den. */
  public static final Code QUIET_SPACE = Code.of(SYSTEM, "quiet-space", "Quiet space");
  /** Swinging or rocking. */
  public static final Code SWING = Code.of(SYSTEM, "swing", "Swing or rocking");
  /** Heavy work: pushing, pulling, carrying. */
  public static final Code HEAVY_WORK = Code.of(SYSTEM, "heavy-work", "Heavy work");
  /** A chewy or crunchy snack, a chew tool. */
  public static final Code ORAL_INPUT = Code.of(SYSTEM, "oral-input", "Oral sensory input");
  /** Slow breathing together. */
  public static final Code BREATHING = Code.of(SYSTEM, "breathing", "Breathing together");
  /** Soft music or humming. */
  public static final Code CALM_MUSIC = Code.of(SYSTEM, "calm-music", "Calm music or humming");
  /** A quiet, close adult presence, without demands. */
  public static final Code QUIET_PRESENCE = Code.of(SYSTEM, "quiet-presence", "Quiet presence");

  private SensorySupportCodes() {}
}
