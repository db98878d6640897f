package org.holdspace.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.demand.Activity;
import org.holdspace.demand.ActivityCodes;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.demand.EnvironmentFactorCodes;
import org.holdspace.goal.AssistanceCodes;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySupportCodes;
import org.holdspace.sensory.SensorySystem;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportQuality;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.session.SettingCodes;
import org.holdspace.timeline.Interval;

/**
 * Sessions of a chosen number of events with the mix of a real timeline: regulation
 * observations, supports, activities, environment factors, readiness, goal attempts, connection,
 * notes. Seeded, so every run measures the same sessions. 60 events is a typical session.
 */
final class Workloads {
  static final int TYPICAL_EVENTS = 60;

  private Workloads() {}

  static Session session(int events, long seed) {
    Random r = new Random(seed);
    Instant start = Instant.parse("2026-03-02T09:00:00Z");
    Interval hour = Interval.of(start, Duration.ofHours(1));
    long step = Math.max(1, Duration.ofHours(1).toMillis() / Math.max(1, events));
    Session.Builder b = Session.builder().id("bench-" + events).clientId("c-1").clinicianId("t-1")
        .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY).setting(SettingCodes.CLINIC).planned(hour).actual(hour)
        .status(SessionStatus.COMPLETED).endReason(EndReasonCodes.PLANNED_END)
        .addGoal(Goal.builder().id("g1").description("Takes turns").lifecycleStatus(GoalLifecycleStatus.ACTIVE).build())
        .addGoal(Goal.builder().id("g2").description("Asks for help").lifecycleStatus(GoalLifecycleStatus.ACTIVE).build());
    ArousalBand[] bands = {ArousalBand.ESCALATED, ArousalBand.SHUT_DOWN, ArousalBand.REGULATED, ArousalBand.REGULATED};
    for (int i = 0; i < events; i++) {
      Instant at = start.plusMillis(i * step);
      Instant until = at.plusMillis(step * 3);
      if (until.isAfter(hour.end())) {
        until = hour.end();
      }
      String id = "e" + i;
      switch (i % 10) {
        case 0:
        case 7:
          b.addEvent(RegulationObservation.builder().id(id).at(at).until(until).band(bands[(i / 10 + r.nextInt(2)) % 4])
              .addSign(RegulationSignCodes.CRYING).mode(RegulationMode.CO_REGULATED).build());
          break;
        case 1:
        case 8:
          b.addEvent(SensorySupport.builder().id(id).at(at).support(r.nextBoolean() ? SensorySupportCodes.DEEP_PRESSURE
                  : SensorySupportCodes.FIDGET).addSystem(SensorySystem.PROPRIOCEPTIVE).quality(SupportQuality.CALMING)
              .response(r.nextInt(4) == 0 ? SupportResponse.DECLINED : SupportResponse.ACCEPTED)
              .effect(SupportEffect.values()[r.nextInt(4)]).build());
          break;
        case 2:
          b.addEvent(Activity.builder().id(id).at(at).until(until).activity(ActivityCodes.TABLE_TASK)
              .demand(DemandLevel.values()[r.nextInt(4)]).build());
          break;
        case 3:
          b.addEvent(ReadinessAssessment.builder().id(id).at(at).assessedBy("t-1")
              .level(ReadinessLevel.values()[r.nextInt(3)]).addIndicatorsMet(ReadinessIndicator.REGULATED).build());
          break;
        case 4:
          b.addEvent(GoalAttempt.builder().id(id).at(at).until(until).goalId(r.nextBoolean() ? "g1" : "g2")
              .assistance(AssistanceCodes.VERBAL_PROMPT).outcome(AttemptOutcome.PARTLY_MET).gasLevel(r.nextInt(5) - 2)
              .build());
          break;
        case 5:
          b.addEvent(ConnectionObservation.builder().id(id).at(at).sign(ConnectionSignCodes.SHARED_ATTENTION).build());
          break;
        case 6:
          b.addEvent(EnvironmentFactor.builder().id(id).at(at).until(until).factor(EnvironmentFactorCodes.NOISE).build());
          break;
        default:
          b.addEvent(ClinicianNote.builder().id(id).at(at).text("Note " + i).build());
      }
    }
    return b.build();
  }
}
