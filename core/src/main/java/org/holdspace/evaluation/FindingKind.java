package org.holdspace.evaluation;

/** What a finding is for. */
public enum FindingKind {
  /** Evidence that a rung of the value ladder was reached. */
  RUNG,
  /** A reflection prompt for the clinician, raised by facts in the session. */
  REFLECTION,
  /** Context that explains the assessment, such as goal work attempted while the child was not ready. */
  CONTEXT
}
