package org.holdspace.narrative;

/** Where a session note stands; a note that is not {@link #SIGNED} says so in its text. */
public enum NoteStatus {
  /** Written, but its context lacks what signing needs (the clinician's name and credential). */
  DRAFT,
  /** Too little was recorded (no observation, or not documented enough): the clinician documents first. */
  NEEDS_DOCUMENTATION,
  /** Complete, for the clinician to read and sign. */
  READY_TO_SIGN,
  /** Signed: the clinician's id, credential and the time are recorded, and the text is frozen. */
  SIGNED
}
