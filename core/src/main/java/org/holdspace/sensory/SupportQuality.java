package org.holdspace.sensory;

/** Whether a sensory support is meant to raise or lower arousal. */
public enum SupportQuality {
  /** Meant to raise arousal, for a child who is shut down or under-responsive. */
  ALERTING,
  /** Meant to lower arousal, for a child who is escalated. */
  CALMING
}
