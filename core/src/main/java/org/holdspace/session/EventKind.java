package org.holdspace.session;

import java.util.Optional;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.Handover;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.timeline.SessionEvent;

/**
 * The library's event kinds: the one list of them that every module reads (the evaluation's
 * order of events, the JSON codecs, the FHIR mappings, the test kit's generators), so that a new
 * kind is added here first and a test in each module fails until that module covers it.
 *
 * <p>The order of the constants is the timeline's order of kinds for events at the same times:
 * a regulation observation before a readiness assessment made at the same moment, and so on.
 *
 * <pre>{@code
 * EventKind kind = EventKind.of(event).orElse(null);   // REGULATION for any RegulationObservation
 * Class<? extends SessionEvent> type = EventKind.SENSORY_SUPPORT.type();   // SensorySupport.class
 * }</pre>
 */
public enum EventKind {
  /** {@link RegulationObservation}. */
  REGULATION(RegulationObservation.class),
  /** {@link ReadinessAssessment}. */
  READINESS(ReadinessAssessment.class),
  /** {@link SensorySupport}. */
  SENSORY_SUPPORT(SensorySupport.class),
  /** {@link ConnectionObservation}. */
  CONNECTION(ConnectionObservation.class),
  /** {@link Activity}. */
  ACTIVITY(Activity.class),
  /** {@link EnvironmentFactor}. */
  ENVIRONMENT_FACTOR(EnvironmentFactor.class),
  /** {@link GoalAttempt}. */
  GOAL_ATTEMPT(GoalAttempt.class),
  /** {@link CaregiverReport}. */
  CAREGIVER_REPORT(CaregiverReport.class),
  /** {@link CaregiverPresence}. */
  CAREGIVER_PRESENCE(CaregiverPresence.class),
  /** {@link CaregiverCoaching}. */
  CAREGIVER_COACHING(CaregiverCoaching.class),
  /** {@link IncidentRecord}. */
  INCIDENT_RECORD(IncidentRecord.class),
  /** {@link Handover}. */
  HANDOVER(Handover.class),
  /** {@link ClinicianNote}. */
  CLINICIAN_NOTE(ClinicianNote.class);

  private static final EventKind[] ALL = values();

  private final Class<? extends SessionEvent> type;

  EventKind(Class<? extends SessionEvent> type) {
    this.type = type;
  }

  /** {@return the kind's interface} */
  public Class<? extends SessionEvent> type() {
    return type;
  }

  /**
   * The kind {@code type} implements: the first, in this order, whose interface it implements.
   *
   * @param type any class of event
   * @return its kind; empty for a type of no library kind (a vendor's own)
   */
  public static Optional<EventKind> ofType(Class<?> type) {
    for (EventKind kind : ALL) {
      if (kind.type.isAssignableFrom(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind of {@code event}.
   *
   * @param event any event
   * @return its kind; empty for an event of no library kind (a vendor's own)
   */
  public static Optional<EventKind> of(SessionEvent event) {
    return ofType(event.getClass());
  }
}
