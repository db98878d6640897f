package org.holdspace.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverCodes;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.CoachingStep;
import org.holdspace.caregiver.Handover;
import org.holdspace.caregiver.RoleCodes;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.incident.AntecedentCodes;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.incident.Injury;
import org.holdspace.incident.Notification;
import org.holdspace.incident.PhysicalInterventionCodes;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySupportCodes;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.timeline.Interval;

/**
 * The sessions of {@link Generators#stories()}: a session told as a story, the child's state moving
 * through consecutive stretches, with supports, connection, readiness, activities, goal work and
 * early ends placed around them on whole minutes.
 */
final class Stories {
  private Stories() {}

  private static final List<Code> HARM_OR_DISTRESS = List.of(RegulationSignCodes.CRYING, RegulationSignCodes.SCREAMING,
      RegulationSignCodes.WITHDRAWAL, RegulationSignCodes.AGGRESSION, RegulationSignCodes.SELF_INJURY,
      RegulationSignCodes.RUNNING_OFF, RegulationSignCodes.REFUSAL, RegulationSignCodes.FREEZING);
  private static final List<Code> ALL_SUPPORTS = List.of(SensorySupportCodes.DEEP_PRESSURE, SensorySupportCodes.WEIGHTED_ITEM,
      SensorySupportCodes.FIDGET, SensorySupportCodes.EAR_DEFENDERS, SensorySupportCodes.DIMMED_LIGHTS, SensorySupportCodes.QUIET_SPACE,
      SensorySupportCodes.SWING, SensorySupportCodes.HEAVY_WORK, SensorySupportCodes.ORAL_INPUT, SensorySupportCodes.BREATHING,
      SensorySupportCodes.CALM_MUSIC, SensorySupportCodes.QUIET_PRESENCE);

  static Session story(Draw d) {
    int minutes = d.between(10, 90);
    Instant start = Instant.ofEpochSecond(d.between(Generators.EARLIEST, Generators.LATEST) / 60 * 60);
    Interval planned = Interval.of(start, Duration.ofMinutes(minutes));
    SessionStatus status = d.chance(70) ? SessionStatus.COMPLETED
        : d.pick(SessionStatus.ENDED_EARLY, SessionStatus.CUT_SHORT);
    int held = status == SessionStatus.COMPLETED ? minutes : d.between(1, minutes);
    Interval actual = Interval.of(start, Duration.ofMinutes(held));
    Session.Builder b = Session.builder().id("story-" + d.between(0, 999)).clientId("c")
        .clinicianId("t").discipline(DisciplineCodes.OCCUPATIONAL_THERAPY).planned(planned).actual(actual)
        .status(status);
    if (status != SessionStatus.COMPLETED) {
      b.endReason(d.pick(EndReasonCodes.CHILD_NEEDS, EndReasonCodes.ILLNESS, EndReasonCodes.FAMILY_REQUEST,
          EndReasonCodes.CLINICIAN_UNAVAILABLE, EndReasonCodes.EXTERNAL_INTERRUPTION, EndReasonCodes.LATE_START, EndReasonCodes.OTHER));
    } else if (d.chance(30)) {
      b.endReason(EndReasonCodes.PLANNED_END);
    }
    List<String> goalIds = new ArrayList<>();
    for (int i = d.between(0, 3); i > 0; i--) {
      String id = "g" + i;
      goalIds.add(id);
      b.addGoal(Goal.builder().id(id).description("goal").lifecycleStatus(GoalLifecycleStatus.ACTIVE)
          .gasBaseline(d.chance(25) ? -2 : -1).build());
    }
    int n = 0;
    // the child's state, stretch after stretch
    int t = 0;
    ArousalBand band = d.pick(ArousalBand.values());
    for (int stretch = d.between(0, 8); stretch > 0 && t <= held; stretch--) {
      int length = d.between(0, Math.max(0, Math.min(30, held - t)));
      RegulationObservation.Builder o = RegulationObservation.builder().id("r" + n++)
          .at(minute(start, t)).band(band);
      if (length > 0) {
        o.until(minute(start, t + length));
      }
      if (d.chance(70)) {
        o.mode(band.isRegulated() ? d.pick(RegulationMode.SELF_REGULATED, RegulationMode.CO_REGULATED)
            : d.pick(RegulationMode.NOT_YET, RegulationMode.CO_REGULATED, RegulationMode.CO_REGULATED));
      }
      if (!band.isRegulated()) {
        for (int i = d.between(0, 2); i > 0; i--) {
          o.addSign(d.pick(HARM_OR_DISTRESS));
        }
      } else if (d.chance(50)) {
        o.addSign(RegulationSignCodes.CALM_BODY);
      }
      RegulationObservation observed = o.build();
      b.addEvent(observed);
      for (Code sign : observed.signs()) {
        if (RegulationSignCodes.isDefaultHarmSign(sign) && d.chance(60)) {
          b.addEvent(incident(d, "ir" + n++, observed.at(), sign));
        }
      }
      t += d.chance(80) ? length : d.between(0, length);
      band = next(d, band);
    }
    for (int i = d.between(0, 5); i > 0; i--) {
      int at = d.between(0, held);
      SensorySupport.Builder s = SensorySupport.builder().id("s" + n++).at(minute(start, at))
          .support(d.pick(ALL_SUPPORTS)).response(d.chance(70) ? SupportResponse.ACCEPTED : SupportResponse.DECLINED);
      if (d.chance(40)) {
        s.until(minute(start, d.between(at, held)));
      }
      if (d.chance(85)) {
        s.effect(d.pick(SupportEffect.HELPED, SupportEffect.HELPED, SupportEffect.NO_VISIBLE_CHANGE,
            SupportEffect.MADE_WORSE, SupportEffect.UNCLEAR));
      }
      b.addEvent(s.build());
    }
    for (int i = d.between(0, 3); i > 0; i--) {
      b.addEvent(ConnectionObservation.builder().id("k" + n++).at(minute(start, d.between(0, held)))
          .sign(d.pick(Generators.CONNECTIONS)).build());
    }
    for (int i = d.between(0, 3); i > 0; i--) {
      ReadinessAssessment.Builder r = ReadinessAssessment.builder().id("q" + n++)
          .at(minute(start, d.between(0, held))).assessedBy("t").level(d.pick(ReadinessLevel.values()));
      if (d.chance(50)) {
        r.addIndicatorsMet(ReadinessIndicator.FEELS_SAFE);
      }
      b.addEvent(r.build());
    }
    for (int i = d.between(0, 3); i > 0; i--) {
      int at = d.between(0, held);
      b.addEvent(Activity.builder().id("a" + n++).at(minute(start, at)).until(minute(start, d.between(at, held)))
          .activity(d.pick(Generators.ACTIVITIES)).demand(d.pick(DemandLevel.values())).build());
    }
    for (int i = goalIds.isEmpty() ? 0 : d.between(0, 3); i > 0; i--) {
      GoalAttempt.Builder a = GoalAttempt.builder().id("g" + n++).at(minute(start, d.between(0, held)))
          .goalId(d.pick(goalIds));
      if (d.chance(70)) {
        a.gasLevel(d.between(-2, 2));
      }
      if (d.chance(50)) {
        a.outcome(d.pick(AttemptOutcome.values()));
      }
      if (d.chance(30)) {
        int opportunities = d.between(1, 10);
        a.opportunities(opportunities).correctResponses(d.between(0, opportunities));
      }
      b.addEvent(a.build());
    }
    if (d.chance(20)) {
      b.addEvent(EnvironmentFactor.builder().id("f" + n++).at(minute(start, d.between(0, held)))
          .factor(d.pick(Generators.FACTORS)).build());
    }
    if (d.chance(30)) {
      CaregiverReport.Builder r = CaregiverReport.builder().id("cr" + n++).at(start);
      for (int i = d.between(0, 2); i > 0; i--) {
        r.addConcern(d.pick(Generators.REPORTS));
      }
      if (d.chance(30)) {
        r.words("words");
      }
      b.addEvent(r.build());
    }
    if (d.chance(25)) {
      b.addEvent(CaregiverPresence.builder().id("cp" + n++).at(start).until(minute(start, d.between(0, held)))
          .caregiver(d.pick(CaregiverCodes.PARENT, CaregiverCodes.GRANDPARENT, CaregiverCodes.FOSTER_CARER)).build());
    }
    for (int i = d.chance(25) ? d.between(1, 2) : 0; i > 0; i--) {
      b.addEvent(CaregiverCoaching.builder().id("cc" + n++).at(minute(start, d.between(0, held)))
          .strategy(d.pick(ALL_SUPPORTS)).step(d.pick(CoachingStep.values())).build());
    }
    if (d.chance(40)) {
      b.addEvent(Handover.builder().id("h" + n++).at(actual.end())
          .to(d.pick(CaregiverCodes.PARENT, CaregiverCodes.FOSTER_CARER, RoleCodes.SCHOOL_STAFF, RoleCodes.TRANSPORT))
          .build());
    }
    return b.build();
  }

  /** An incident record for {@code sign} at {@code at}, as complete as a clinician's usually is. */
  static IncidentRecord incident(Draw d, String id, Instant at, Code sign) {
    IncidentRecord.Builder r = IncidentRecord.builder().id(id).at(at).harmSign(sign)
        .injury(d.pick(Injury.values()))
        .physicalIntervention(d.pick(PhysicalInterventionCodes.NONE, PhysicalInterventionCodes.NONE,
            PhysicalInterventionCodes.BLOCKING, PhysicalInterventionCodes.GUIDING_AWAY, PhysicalInterventionCodes.HOLD));
    if (d.chance(70)) {
      r.antecedent(d.pick(AntecedentCodes.DEMAND, AntecedentCodes.TRANSITION, AntecedentCodes.SENSORY,
          AntecedentCodes.WAITING_OR_NO, AntecedentCodes.CLOSENESS, AntecedentCodes.NOT_KNOWN));
    }
    for (int i = d.between(0, 2); i > 0; i--) {
      r.addTold(Notification.of(d.pick(CaregiverCodes.PARENT, RoleCodes.SUPERVISOR, RoleCodes.SAFEGUARDING_LEAD),
          at.plus(Duration.ofMinutes(d.between(0, 24 * 60)))));
    }
    if (d.chance(30)) {
      r.account("account");
    }
    return r.build();
  }

  /** The band after {@code band}: often a small step, sometimes a collapse or a change of side. */
  private static ArousalBand next(Draw d, ArousalBand band) {
    switch (band) {
      case CRISIS:
        return d.pick(ArousalBand.CRISIS, ArousalBand.ESCALATED, ArousalBand.SHUT_DOWN, ArousalBand.REGULATED);
      case ESCALATED:
        return d.pick(ArousalBand.REGULATED, ArousalBand.CRISIS, ArousalBand.SHUT_DOWN, ArousalBand.ESCALATED);
      case SHUT_DOWN:
        return d.pick(ArousalBand.REGULATED, ArousalBand.ESCALATED, ArousalBand.SHUT_DOWN);
      default:
        return d.pick(ArousalBand.REGULATED, ArousalBand.ESCALATED, ArousalBand.SHUT_DOWN, ArousalBand.CRISIS);
    }
  }

  private static Instant minute(Instant start, int minute) {
    return start.plus(Duration.ofMinutes(minute));
  }
}
