package org.holdspace.billing;

import java.util.Optional;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.demand.Activity;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.timeline.SessionEvent;

/**
 * A kind of skilled intervention, as the session note names and times it (DOMAIN.md, the session
 * note, version 2): each from events with times. An environment factor, a readiness assessment, a
 * connection sign or a caregiver's report is not an intervention of its own.
 *
 * <pre>{@code
 * InterventionKind.of(event);   // CO_REGULATION for an observation in co-regulated mode
 * }</pre>
 */
public enum InterventionKind {
  /** The therapist co-regulating the child: an observation in co-regulated mode, over its time. */
  CO_REGULATION,
  /** A sensory support offered, accepted or declined, over its time. */
  SENSORY_SUPPORT,
  /** A therapeutic activity chosen at a level of demand, over its time. */
  THERAPEUTIC_ACTIVITY,
  /** Goal-directed work: a goal attempt, over its time. */
  GOAL_WORK,
  /** Coaching of a caregiver, over its time. */
  CAREGIVER_COACHING;

  /**
   * The kind of intervention {@code event} shows, if it shows one.
   *
   * @param event an event of a session
   * @return its kind, or empty
   */
  public static Optional<InterventionKind> of(SessionEvent event) {
    if (event instanceof RegulationObservation) {
      return ((RegulationObservation) event).mode().filter(m -> m == RegulationMode.CO_REGULATED)
          .map(m -> CO_REGULATION);
    }
    if (event instanceof SensorySupport) {
      return Optional.of(SENSORY_SUPPORT);
    }
    if (event instanceof Activity) {
      return Optional.of(THERAPEUTIC_ACTIVITY);
    }
    if (event instanceof GoalAttempt) {
      return Optional.of(GOAL_WORK);
    }
    if (event instanceof CaregiverCoaching) {
      return Optional.of(CAREGIVER_COACHING);
    }
    return Optional.empty();
  }
}
