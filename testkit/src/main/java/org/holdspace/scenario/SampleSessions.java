package org.holdspace.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.holdspace.code.Code;
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
import org.holdspace.goal.GoalAchievementStatus;
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
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.session.SettingCodes;
import org.holdspace.timeline.Interval;

/**
 * Realistic, made-up sessions for demos, tests of a vendor's pipeline, and load: most children
 * arrive regulated and practise goals; some arrive distressed and are helped back to calm; some
 * stay shut down; a few sessions are cancelled or barely documented. 500 children's sessions
 * take turns. Seeded: the same seed always gives the same sessions, on any machine. Not
 * thread-safe; use one per thread.
 *
 * <pre>{@code
 * SampleSessions sample = new SampleSessions(42);
 * Session s = sample.next();
 * }</pre>
 */
public final class SampleSessions {
  private static final Instant FIRST_DAY = Instant.parse("2026-01-05T09:00:00Z");
  private static final List<Code> SUPPORTS = List.of(SensorySupportCodes.DEEP_PRESSURE, SensorySupportCodes.WEIGHTED_ITEM,
      SensorySupportCodes.FIDGET, SensorySupportCodes.EAR_DEFENDERS, SensorySupportCodes.DIMMED_LIGHTS, SensorySupportCodes.QUIET_SPACE,
      SensorySupportCodes.SWING, SensorySupportCodes.HEAVY_WORK, SensorySupportCodes.BREATHING, SensorySupportCodes.QUIET_PRESENCE);
  private static final List<Code> FACTORS = List.of(EnvironmentFactorCodes.NOISE, EnvironmentFactorCodes.LIGHT,
      EnvironmentFactorCodes.CROWDING, EnvironmentFactorCodes.NOVELTY, EnvironmentFactorCodes.UNFAMILIAR_PEOPLE,
      EnvironmentFactorCodes.TRANSITION);
  private static final List<Code> ACTIVITIES = List.of(ActivityCodes.TABLE_TASK, ActivityCodes.GROSS_MOTOR,
      ActivityCodes.FINE_MOTOR, ActivityCodes.TURN_TAKING_GAME, ActivityCodes.LANGUAGE_PRACTICE);
  private static final List<Code> DISCIPLINES = List.of(DisciplineCodes.OCCUPATIONAL_THERAPY,
      DisciplineCodes.SPEECH_AND_LANGUAGE_THERAPY, DisciplineCodes.DEVELOPMENTAL_THERAPY, DisciplineCodes.PLAY_THERAPY);

  private final Random random;
  private long count;

  /**
   * A sample with the given seed.
   *
   * @param seed the seed: the same seed gives the same sessions
   */
  public SampleSessions(long seed) {
    this.random = new Random(seed);
  }

  /** {@return the next session of the sample} */
  public Session next() {
    long n = count++;
    int children = 500;
    String child = "c-" + (n % children);
    Instant start = FIRST_DAY.plus(Duration.ofDays(n / children * 7 + random.nextInt(5)))
        .plus(Duration.ofMinutes(30L * random.nextInt(16)));
    Interval planned = Interval.of(start, Duration.ofMinutes(45 + 15 * random.nextInt(2)));
    Session.Builder b = Session.builder()
        .id("s-" + n).clientId(child).clinicianId("t-" + random.nextInt(40))
        .discipline(DISCIPLINES.get(random.nextInt(DISCIPLINES.size())))
        .setting(random.nextInt(10) < 8 ? SettingCodes.CLINIC : SettingCodes.HOME)
        .planned(planned).zone(ZoneId.of("Europe/London"))
        .addGoal(goal("g-" + child + "-a", "Takes turns in a short game"))
        .addGoal(goal("g-" + child + "-b", "Asks for help with a word or sign"));
    int kind = random.nextInt(100);
    if (kind < 4) {
      return b.status(random.nextBoolean() ? SessionStatus.CANCELLED : SessionStatus.NO_SHOW)
          .endReason(random.nextBoolean() ? EndReasonCodes.ILLNESS : EndReasonCodes.TRANSPORT).build();
    }
    boolean endedEarly = random.nextInt(100) < 6;
    Interval actual = endedEarly ? Interval.of(start, planned.length().dividedBy(2)) : planned;
    b.actual(actual).status(endedEarly ? SessionStatus.ENDED_EARLY : SessionStatus.COMPLETED)
        .endReason(endedEarly ? EndReasonCodes.CHILD_NEEDS : EndReasonCodes.PLANNED_END);
    if (kind < 7) {
      return b.build(); // only the times were recorded
    }
    Timeline t = new Timeline(b, actual);
    if (random.nextInt(100) < 25) {
      t.add(EnvironmentFactor.builder().id(t.id()).at(t.at(0)).until(t.at(random.nextInt(20) + 5))
          .factor(FACTORS.get(random.nextInt(FACTORS.size()))).build());
    }
    int arrival = random.nextInt(100);
    if (arrival < 62) {
      regulatedSession(t, child);
    } else if (arrival < 90) {
      distressedSession(t, child);
    } else {
      shutdownSession(t);
    }
    return b.build();
  }

  private void regulatedSession(Timeline t, String child) {
    int minutes = t.minutes();
    t.add(RegulationObservation.builder().id(t.id()).at(t.at(0)).until(t.at(minutes - 5)).band(ArousalBand.REGULATED)
        .mode(RegulationMode.SELF_REGULATED).addSign(RegulationSignCodes.CALM_BODY).build());
    t.add(readiness(t, 1, ReadinessLevel.READY));
    int activityStart = 5;
    for (int i = 0; i < 2 && activityStart + 10 < minutes; i++) {
      DemandLevel demand = random.nextInt(10) < 2 ? DemandLevel.HIGH : DemandLevel.MODERATE;
      t.add(Activity.builder().id(t.id()).at(t.at(activityStart)).until(t.at(activityStart + 10))
          .activity(ACTIVITIES.get(random.nextInt(ACTIVITIES.size()))).demand(demand).build());
      t.add(GoalAttempt.builder().id(t.id()).at(t.at(activityStart + 1)).until(t.at(activityStart + 9))
          .goalId("g-" + child + (i == 0 ? "-a" : "-b"))
          .assistance(random.nextBoolean() ? AssistanceCodes.VERBAL_PROMPT : AssistanceCodes.GESTURAL_PROMPT)
          .outcome(AttemptOutcome.values()[random.nextInt(3)]).gasLevel(random.nextInt(4) - 2).build());
      activityStart += 15;
    }
    if (random.nextBoolean()) {
      t.add(ConnectionObservation.builder().id(t.id()).at(t.at(12)).sign(ConnectionSignCodes.SHARED_ATTENTION).build());
    }
  }

  private void distressedSession(Timeline t, String child) {
    int minutes = t.minutes();
    int settle = Math.min(minutes - 2, 8 + random.nextInt(Math.max(1, minutes - 10)));
    ArousalBand band = random.nextInt(10) < 7 ? ArousalBand.ESCALATED : ArousalBand.SHUT_DOWN;
    t.add(RegulationObservation.builder().id(t.id()).at(t.at(0)).until(t.at(settle)).band(band)
        .mode(RegulationMode.CO_REGULATED)
        .addSign(band == ArousalBand.ESCALATED ? RegulationSignCodes.CRYING : RegulationSignCodes.WITHDRAWAL).build());
    t.add(readiness(t, 1, ReadinessLevel.NOT_READY));
    int supports = 1 + random.nextInt(3);
    for (int i = 0; i < supports; i++) {
      Code support = SUPPORTS.get(random.nextInt(SUPPORTS.size()));
      boolean accepted = random.nextInt(10) < 7;
      t.add(SensorySupport.builder().id(t.id()).at(t.at(2 + i * 3)).support(support)
          .addSystem(SensorySystem.PROPRIOCEPTIVE).quality(SupportQuality.CALMING)
          .response(accepted ? SupportResponse.ACCEPTED : SupportResponse.DECLINED)
          .effect(accepted ? SupportEffect.values()[random.nextInt(4)] : SupportEffect.NO_VISIBLE_CHANGE).build());
    }
    if (random.nextInt(10) < 6) {
      t.add(ConnectionObservation.builder().id(t.id()).at(t.at(Math.max(1, settle - 2)))
          .sign(ConnectionSignCodes.ACCEPTED_COMFORT).build());
    }
    if (random.nextInt(10) < 8) {
      t.add(RegulationObservation.builder().id(t.id()).at(t.at(settle)).until(t.at(minutes)).band(ArousalBand.REGULATED)
          .mode(RegulationMode.CO_REGULATED).build());
      t.add(readiness(t, settle + 1, random.nextBoolean() ? ReadinessLevel.EMERGING : ReadinessLevel.READY));
      if (settle + 12 < minutes && random.nextBoolean()) {
        t.add(GoalAttempt.builder().id(t.id()).at(t.at(settle + 3)).until(t.at(settle + 10)).goalId("g-" + child + "-a")
            .outcome(AttemptOutcome.PARTLY_MET).gasLevel(-1).build());
      }
    }
  }

  private void shutdownSession(Timeline t) {
    t.add(RegulationObservation.builder().id(t.id()).at(t.at(0)).until(t.at(t.minutes())).band(ArousalBand.SHUT_DOWN)
        .mode(RegulationMode.NOT_YET).addSign(RegulationSignCodes.WITHDRAWAL).build());
    t.add(readiness(t, 2, ReadinessLevel.NOT_READY));
    t.add(ConnectionObservation.builder().id(t.id()).at(t.at(15)).sign(ConnectionSignCodes.ACCEPTED_PRESENCE).build());
  }

  private ReadinessAssessment readiness(Timeline t, int minute, ReadinessLevel level) {
    return ReadinessAssessment.builder().id(t.id()).at(t.at(minute)).assessedBy("t-1").level(level)
        .addIndicatorsMet(level == ReadinessLevel.NOT_READY ? ReadinessIndicator.BASIC_NEEDS_MET : ReadinessIndicator.REGULATED)
        .build();
  }

  private static Goal goal(String id, String description) {
    return Goal.builder().id(id).description(description).lifecycleStatus(GoalLifecycleStatus.ACTIVE)
        .achievementStatus(GoalAchievementStatus.IN_PROGRESS).build();
  }

  /** Adds events to a session's builder, with ids e1, e2, ... and times clamped inside the session. */
  private static final class Timeline {
    private final Session.Builder builder;
    private final Interval actual;
    private int ids;

    Timeline(Session.Builder builder, Interval actual) {
      this.builder = builder;
      this.actual = actual;
    }

    String id() {
      return "e" + (++ids);
    }

    int minutes() {
      return (int) actual.length().toMinutes();
    }

    Instant at(int minute) {
      return actual.start().plus(Duration.ofMinutes(Math.max(0, Math.min(minutes(), minute))));
    }

    void add(org.holdspace.timeline.SessionEvent e) {
      builder.addEvent(e);
    }
  }
}
