package org.holdspace.demand;

import org.holdspace.code.Code;

/** Holdspace's code system for kinds of activity. Vendors add their own codes. */
public final class ActivityCodes {
  /** The code system URI. */
  public static final String SYSTEM = "https://holdspace.org/codes/activity";

  /** Child-led free play. */
  public static final Code FREE_PLAY = Code.of(SYSTEM, "free-play", "Free play");
  /** A seated, structured task. */
  public static final Code TABLE_TASK = Code.of(SYSTEM, "table-task", "Table task");
  /** Climbing, jumping, balance. */
  public static final Code GROSS_MOTOR = Code.of(SYSTEM, "gross-motor", "Gross motor");
  /** Drawing, cutting, threading. */
  public static final Code FINE_MOTOR = Code.of(SYSTEM, "fine-motor", "Fine motor");
  /** A game with turns. */
  public static final Code TURN_TAKING_GAME = Code.of(SYSTEM, "turn-taking-game", "Turn-taking game");
  /** Speech or language practice. */
  public static final Code LANGUAGE_PRACTICE = Code.of(SYSTEM, "language-practice", "Language practice");
  /** Snack or mealtime. */
  public static final Code SNACK = Code.of(SYSTEM, "snack", "Snack");
  /** A greeting or goodbye routine. */
  public static final Code ROUTINE = Code.of(SYSTEM, "routine", "Routine");

  private ActivityCodes() {}
}
