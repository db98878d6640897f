package org.holdspace.session;

/**
 * The kind of reason a session ended as it did, as a parent is told it: in plain words, never with
 * blame. {@link EndReasonCodes#kindOf} maps the library's reason codes onto these; a vendor's own codes
 * are {@link #OTHER}.
 */
public enum EndReasonKind {
  /** The session ran its planned time. */
  PLANNED,
  /** The child's needs came first. */
  CHILD_NEEDS,
  /** The child or someone at home was unwell. */
  ILLNESS,
  /** The family asked for it. */
  FAMILY,
  /** Something on the clinic's side: the clinician was not available, or the building interrupted it. */
  CLINIC,
  /** Any other reason, or a reason code the library does not know. */
  OTHER
}
