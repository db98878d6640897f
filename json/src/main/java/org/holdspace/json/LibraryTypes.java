package org.holdspace.json;

import java.time.Instant;
import java.util.Map;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.CoachingStep;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;

/**
 * The classes of core's own implementations, which are not public: found once, by building one
 * value of each kind through the public builders. The writers use them to tell the library's own
 * values (written field by field) from a vendor's implementation of the same interface, which
 * travels as the library's kind only when registered as such, so that no vendor state is lost
 * without a word.
 */
final class LibraryTypes {
  private static final Code CODE = Code.of("urn:holdspace:probe", "probe");
  private static final Instant T = Instant.EPOCH;

  /** The library's own class of each event kind, by the kind's interface. */
  static final Map<Class<? extends SessionEvent>, Class<?>> EVENTS = Map.ofEntries(
      Map.entry(RegulationObservation.class,
          RegulationObservation.builder().id("p").at(T).band(ArousalBand.REGULATED).build().getClass()),
      Map.entry(SensorySupport.class,
          SensorySupport.builder().id("p").at(T).support(CODE).response(SupportResponse.ACCEPTED).build().getClass()),
      Map.entry(Activity.class,
          Activity.builder().id("p").at(T).activity(CODE).demand(DemandLevel.LOW).build().getClass()),
      Map.entry(EnvironmentFactor.class, EnvironmentFactor.builder().id("p").at(T).factor(CODE).build().getClass()),
      Map.entry(ReadinessAssessment.class,
          ReadinessAssessment.builder().id("p").at(T).level(ReadinessLevel.READY).assessedBy("p").build().getClass()),
      Map.entry(GoalAttempt.class, GoalAttempt.builder().id("p").at(T).goalId("p").build().getClass()),
      Map.entry(ConnectionObservation.class,
          ConnectionObservation.builder().id("p").at(T).sign(CODE).build().getClass()),
      Map.entry(ClinicianNote.class, ClinicianNote.builder().id("p").at(T).text("p").build().getClass()),
      Map.entry(CaregiverReport.class, CaregiverReport.builder().id("p").at(T).build().getClass()),
      Map.entry(CaregiverPresence.class, CaregiverPresence.builder().id("p").at(T).caregiver(CODE).build().getClass()),
      Map.entry(CaregiverCoaching.class, CaregiverCoaching.builder().id("p").at(T).strategy(CODE)
          .step(CoachingStep.SHOWN).build().getClass()));

  /** The library's own session class. */
  static final Class<?> SESSION = Session.builder().id("p").clientId("p").clinicianId("p").discipline(CODE)
      .planned(Interval.of(T, T)).status(SessionStatus.CANCELLED).endReason(CODE).build().getClass();

  /** The library's own goal class. */
  static final Class<?> GOAL = Goal.builder().id("p").description("p").lifecycleStatus(GoalLifecycleStatus.ACTIVE)
      .build().getClass();

  private LibraryTypes() {}

  /** The library kind (its interface) that {@code event} is the library's own value of; null if none. */
  static Class<? extends SessionEvent> kindOf(SessionEvent event) {
    for (Map.Entry<Class<? extends SessionEvent>, Class<?>> e : EVENTS.entrySet()) {
      if (e.getValue() == event.getClass()) {
        return e.getKey();
      }
    }
    return null;
  }
}
