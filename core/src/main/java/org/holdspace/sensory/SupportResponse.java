package org.holdspace.sensory;

/** What the child did with a support that was offered. Declining is information, not failure. */
public enum SupportResponse {
  /** The child took it up. */
  ACCEPTED,
  /** The child did not take it up. */
  DECLINED
}
