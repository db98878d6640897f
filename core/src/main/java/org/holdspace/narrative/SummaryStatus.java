package org.holdspace.narrative;

/** Whether a parent summary may go to the family as it is. */
public enum SummaryStatus {
  /** Ready to share. */
  READY,
  /**
   * A sign of possible harm was recorded: the summary says that the therapist will talk with the
   * family, and waits for the clinician's own words ({@link ParentSummary#withClinicianWords})
   * before it is shared.
   */
  NEEDS_CLINICIAN_REVIEW,
  /**
   * Too little was documented to say what the session was: the summary holds no sentence, so the
   * gap is never shown to the family as the session's story. The clinician gets a prompt to
   * document; the clinician's own words make it ready.
   */
  WITHHELD_NOT_DOCUMENTED
}
