package org.holdspace.narrative;

/**
 * Who pays for the session, as the caller knows it when a note is made: it decides the payer
 * wording a session note may carry (DOMAIN.md, the session note, version 2), and nothing else.
 * None by default: a note carries no legal or payer citation its context does not call for.
 */
public enum PayerContext {
  /** Not given: no payer wording. */
  NONE,
  /**
   * Medicare, under a maintenance plan: the note says that coverage turns on the need for skilled
   * care, not on improvement (the <i>Jimmo v. Sebelius</i> settlement, 2013), joined to the
   * session's own skilled need. Children are rarely on Medicare; choose it only when the child is.
   */
  MEDICARE_MAINTENANCE,
  /**
   * Medicaid, for a child under 21: the note says that EPSDT covers services that correct or
   * ameliorate a condition, maintenance included, joined to the session's own skilled need.
   */
  MEDICAID_UNDER_21,
  /** A commercial payer: no payer wording (their policies differ; the clinic adds its own). */
  COMMERCIAL,
  /** Another payer: no payer wording. */
  OTHER
}
