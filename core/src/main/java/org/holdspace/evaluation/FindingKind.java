package org.holdspace.evaluation;

/** What a finding is for. */
public enum FindingKind {
  /** Evidence that a rung of the value ladder was reached. */
  RUNG,
  /**
   * An incident: a sign of possible harm was recorded. Never hidden: {@link Assessment#incident()}
   * shows it at once, and the parent summary waits for the clinician's own words.
   */
  INCIDENT,
  /** A reflection prompt for the clinician, raised by facts in the session. */
  REFLECTION,
  /**
   * Context that explains the assessment, such as goal work attempted while the child was not
   * ready, or a support reported as helping that no later observation agrees with yet.
   */
  CONTEXT
}
