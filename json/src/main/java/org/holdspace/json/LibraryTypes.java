package org.holdspace.json;

import java.util.List;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.ClinicianNote;
import org.holdspace.timeline.SessionEvent;

/**
 * The library's event kinds (their interfaces), and which kind one of the library's own values
 * is. The writers use them to tell the library's own values (written field by field) from a
 * vendor's implementation of the same interface, which travels as the library's kind only when
 * registered as such, so that no vendor state is lost without a word.
 */
final class LibraryTypes {
  /** The library's event kinds. */
  static final List<Class<? extends SessionEvent>> EVENTS = List.of(RegulationObservation.class,
      SensorySupport.class, Activity.class, EnvironmentFactor.class, ReadinessAssessment.class, GoalAttempt.class,
      ConnectionObservation.class, ClinicianNote.class, CaregiverReport.class, CaregiverPresence.class,
      CaregiverCoaching.class);

  private LibraryTypes() {}

  /** The library kind (its interface) that {@code event} is the library's own value of; null if none. */
  static Class<? extends SessionEvent> kindOf(SessionEvent event) {
    if (!SessionEvent.isLibraryValue(event)) {
      return null;
    }
    for (Class<? extends SessionEvent> kind : EVENTS) {
      if (kind.isInstance(event)) {
        return kind;
      }
    }
    return null;
  }
}
