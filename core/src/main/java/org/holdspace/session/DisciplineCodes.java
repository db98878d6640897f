package org.holdspace.session;

import org.holdspace.code.Code;

/** Holdspace's code system for therapy disciplines. Vendors may use their own codes instead. */
public final class DisciplineCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/discipline";

  /** Occupational therapy. */
  public static final Code OCCUPATIONAL_THERAPY = Code.of(SYSTEM, "ot", "Occupational therapy");
  /** Speech and language therapy. */
  public static final Code SPEECH_AND_LANGUAGE_THERAPY = Code.of(SYSTEM, "slt", "Speech and language therapy");
  /** Developmental therapy. */
  public static final Code DEVELOPMENTAL_THERAPY = Code.of(SYSTEM, "developmental", "Developmental therapy");
  /** Behavioural therapy. */
  public static final Code BEHAVIOURAL_THERAPY = Code.of(SYSTEM, "behavioural", "Behavioural therapy");
  /** Play therapy. */
  public static final Code PLAY_THERAPY = Code.of(SYSTEM, "play", "Play therapy");
  /** Physiotherapy. */
  public static final Code PHYSIOTHERAPY = Code.of(SYSTEM, "pt", "Physiotherapy");

  private DisciplineCodes() {}
}
