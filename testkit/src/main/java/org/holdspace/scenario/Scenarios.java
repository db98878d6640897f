package org.holdspace.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.session.SettingCodes;
import org.holdspace.timeline.Interval;

/** The sessions behind {@link PublicScenario}. */
final class Scenarios {
  static final String CLIENT = "c-ada";
  static final String CLINICIAN = "t-ravi";
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final Interval HOUR = Interval.of(START, Duration.ofHours(1));

  private Scenarios() {}

  static Session hardDay() {
    return session("s-a-hard-day")
        .addEvent(regulation("a01", 0, 6, ArousalBand.ESCALATED, RegulationMode.NOT_YET, RegulationSignCodes.CRYING))
        .addEvent(readiness("a02", 1, ReadinessLevel.NOT_READY)
            .addIndicatorsNotMet(ReadinessIndicator.REGULATED, ReadinessIndicator.FEELS_SAFE).build())
        .addEvent(activity("a03", 2, 4, ActivityCodes.FREE_PLAY, DemandLevel.LOW))
        .addEvent(regulation("a04", 3, 5, ArousalBand.ESCALATED, RegulationMode.NOT_YET, RegulationSignCodes.REFUSAL))
        .addEvent(support("a05", 4, 4, SensorySupportCodes.CALM_MUSIC, SupportQuality.CALMING, SupportResponse.DECLINED,
            null, SensorySystem.AUDITORY))
        .addEvent(regulation("a06", 6, 20, ArousalBand.SHUT_DOWN, RegulationMode.NOT_YET,
            RegulationSignCodes.WITHDRAWAL, RegulationSignCodes.FLAT_AFFECT))
        .addEvent(support("a07", 8, 20, SensorySupportCodes.QUIET_PRESENCE, SupportQuality.CALMING, SupportResponse.ACCEPTED,
            SupportEffect.UNCLEAR))
        .addEvent(support("a08", 12, 60, SensorySupportCodes.DIMMED_LIGHTS, SupportQuality.CALMING, SupportResponse.ACCEPTED,
            SupportEffect.HELPED, SensorySystem.VISUAL))
        .addEvent(regulation("a09", 20, 45, ArousalBand.SHUT_DOWN, RegulationMode.CO_REGULATED,
            RegulationSignCodes.WITHDRAWAL))
        .addEvent(connection("a10", 25, ConnectionSignCodes.ACCEPTED_PRESENCE))
        .addEvent(support("a11", 32, 36, SensorySupportCodes.DEEP_PRESSURE, SupportQuality.CALMING, SupportResponse.ACCEPTED,
            SupportEffect.HELPED, SensorySystem.PROPRIOCEPTIVE, SensorySystem.TACTILE))
        .addEvent(connection("a12", 38, ConnectionSignCodes.ACCEPTED_COMFORT))
        .addEvent(regulation("a13", 46, 60, ArousalBand.REGULATED, RegulationMode.CO_REGULATED,
            RegulationSignCodes.CALM_BODY))
        .addEvent(readiness("a14", 50, ReadinessLevel.EMERGING)
            .addIndicatorsMet(ReadinessIndicator.REGULATED, ReadinessIndicator.FEELS_SAFE)
            .addIndicatorsNotMet(ReadinessIndicator.ENGAGED).build())
        .addEvent(ClinicianNote.builder().id("a15").at(at(58))
            .text("Long shutdown after arrival; settled with pressure and a dim room.").build())
        .build();
  }

  static Session steadySession() {
    return session("s-b-steady")
        .addEvent(regulation("b01", 0, 55, ArousalBand.REGULATED, RegulationMode.SELF_REGULATED,
            RegulationSignCodes.CALM_BODY, RegulationSignCodes.PLAYFUL))
        .addEvent(readiness("b02", 1, ReadinessLevel.READY)
            .addIndicatorsMet(ReadinessIndicator.values()).build())
        .addEvent(activity("b03", 5, 20, ActivityCodes.TURN_TAKING_GAME, DemandLevel.MODERATE))
        .addEvent(attempt("b04", 6, 20, "g-turns", AssistanceCodes.VERBAL_PROMPT, AttemptOutcome.PARTLY_MET, 0))
        .addEvent(connection("b05", 10, ConnectionSignCodes.SHARED_ATTENTION))
        .addEvent(activity("b06", 25, 40, ActivityCodes.LANGUAGE_PRACTICE, DemandLevel.MODERATE))
        .addEvent(attempt("b07", 26, 40, "g-requests", AssistanceCodes.GESTURAL_PROMPT, AttemptOutcome.NOT_MET, -1))
        .build();
  }

  static Session oneSupportHelps() {
    return session("s-c-supports")
        .addEvent(regulation("c01", 0, 10, ArousalBand.ESCALATED, RegulationMode.NOT_YET,
            RegulationSignCodes.SCREAMING, RegulationSignCodes.COVERING_EARS))
        .addEvent(support("c02", 3, 3, SensorySupportCodes.FIDGET, SupportQuality.CALMING, SupportResponse.DECLINED,
            null, SensorySystem.TACTILE))
        .addEvent(support("c03", 6, 12, SensorySupportCodes.DEEP_PRESSURE, SupportQuality.CALMING, SupportResponse.ACCEPTED,
            SupportEffect.HELPED, SensorySystem.PROPRIOCEPTIVE))
        .addEvent(regulation("c04", 12, 40, ArousalBand.REGULATED, RegulationMode.CO_REGULATED,
            RegulationSignCodes.CALM_BODY))
        .addEvent(readiness("c05", 14, ReadinessLevel.EMERGING)
            .addIndicatorsMet(ReadinessIndicator.REGULATED, ReadinessIndicator.FEELS_SAFE).build())
        .addEvent(activity("c06", 15, 40, ActivityCodes.FREE_PLAY, DemandLevel.LOW))
        .build();
  }

  static Session demandOutrunsReadiness() {
    return session("s-d-demand")
        .addEvent(regulation("d01", 0, 10, ArousalBand.REGULATED, RegulationMode.SELF_REGULATED,
            RegulationSignCodes.CALM_BODY))
        .addEvent(readiness("d02", 1, ReadinessLevel.READY)
            .addIndicatorsMet(ReadinessIndicator.REGULATED, ReadinessIndicator.ENGAGED).build())
        .addEvent(activity("d03", 10, 15, ActivityCodes.TABLE_TASK, DemandLevel.HIGH))
        .addEvent(attempt("d04", 11, 14, "g-fine-motor", AssistanceCodes.PARTIAL_PHYSICAL, AttemptOutcome.NOT_MET, -2))
        .addEvent(regulation("d05", 14, 30, ArousalBand.CRISIS, RegulationMode.NOT_YET,
            RegulationSignCodes.SCREAMING, RegulationSignCodes.CRYING))
        .addEvent(readiness("d06", 16, ReadinessLevel.NOT_READY)
            .addIndicatorsNotMet(ReadinessIndicator.REGULATED).build())
        .addEvent(support("d07", 18, 18, SensorySupportCodes.HEAVY_WORK, SupportQuality.CALMING, SupportResponse.ACCEPTED,
            SupportEffect.NO_VISIBLE_CHANGE, SensorySystem.PROPRIOCEPTIVE))
        .addEvent(support("d08", 25, 25, SensorySupportCodes.QUIET_SPACE, SupportQuality.CALMING, SupportResponse.ACCEPTED,
            SupportEffect.HELPED, SensorySystem.AUDITORY, SensorySystem.VISUAL))
        .addEvent(regulation("d09", 30, 60, ArousalBand.ESCALATED, RegulationMode.CO_REGULATED,
            RegulationSignCodes.CRYING))
        .build();
  }

  static Session nothingDocumented() {
    return session("s-e-undocumented").build();
  }

  static Session shutdownAllSession() {
    return session("s-f-shutdown")
        .addEvent(environment("f01", 0, 15, EnvironmentFactorCodes.NOISE))
        .addEvent(environment("f02", 0, 60, EnvironmentFactorCodes.NOVELTY))
        .addEvent(regulation("f03", 0, 3, ArousalBand.SHUT_DOWN, RegulationMode.NOT_YET,
            RegulationSignCodes.WITHDRAWAL, RegulationSignCodes.FLAT_AFFECT, RegulationSignCodes.COVERING_EARS))
        .addEvent(readiness("f04", 2, ReadinessLevel.NOT_READY)
            .addIndicatorsNotMet(ReadinessIndicator.REGULATED, ReadinessIndicator.ENGAGED).build())
        .addEvent(regulation("f05", 3, 60, ArousalBand.SHUT_DOWN, RegulationMode.CO_REGULATED,
            RegulationSignCodes.WITHDRAWAL, RegulationSignCodes.FLAT_AFFECT))
        .addEvent(connection("f06", 3, ConnectionSignCodes.ACCEPTED_PRESENCE))
        .addEvent(activity("f07", 5, 55, ActivityCodes.FREE_PLAY, DemandLevel.NONE))
        .build();
  }

  static Session oneHardMomentThenHeld() {
    return session("s-q-held")
        .addEvent(regulation("q01", 0, 3, ArousalBand.CRISIS, RegulationMode.NOT_YET, RegulationSignCodes.SCREAMING))
        .addEvent(regulation("q02", 2, 2, ArousalBand.CRISIS, RegulationMode.NOT_YET, RegulationSignCodes.AGGRESSION))
        .addEvent(regulation("q03", 3, 24, ArousalBand.ESCALATED, RegulationMode.CO_REGULATED, RegulationSignCodes.CRYING))
        .addEvent(support("q04", 12, 18, SensorySupportCodes.DEEP_PRESSURE, SupportQuality.CALMING, SupportResponse.ACCEPTED,
            SupportEffect.HELPED, SensorySystem.PROPRIOCEPTIVE))
        .addEvent(regulation("q05", 24, 60, ArousalBand.REGULATED, RegulationMode.CO_REGULATED,
            RegulationSignCodes.CALM_BODY))
        .build();
  }

  static Session crisisThenCollapse() {
    return session("s-r-collapse")
        .addEvent(regulation("r01", 0, 20, ArousalBand.CRISIS, RegulationMode.NOT_YET, RegulationSignCodes.SCREAMING))
        .addEvent(regulation("r02", 20, 60, ArousalBand.SHUT_DOWN, RegulationMode.CO_REGULATED,
            RegulationSignCodes.WITHDRAWAL, RegulationSignCodes.FLAT_AFFECT))
        .build();
  }

  static Session singleLateOffer() {
    return session("s-s-late-offer")
        .addEvent(regulation("s01", 0, 60, ArousalBand.ESCALATED, RegulationMode.NOT_YET, RegulationSignCodes.CRYING))
        .addEvent(support("s02", 58, 58, SensorySupportCodes.FIDGET, SupportQuality.CALMING, SupportResponse.DECLINED,
            null, SensorySystem.TACTILE))
        .build();
  }

  static Session notReadyThenReady() {
    return session("s-t-ready")
        .addEvent(regulation("t01", 0, 12, ArousalBand.ESCALATED, RegulationMode.NOT_YET, RegulationSignCodes.CRYING))
        .addEvent(readiness("t02", 2, ReadinessLevel.NOT_READY)
            .addIndicatorsNotMet(ReadinessIndicator.REGULATED).build())
        .addEvent(regulation("t03", 18, 60, ArousalBand.REGULATED, RegulationMode.SELF_REGULATED,
            RegulationSignCodes.CALM_BODY))
        .addEvent(activity("t04", 28, 40, ActivityCodes.TURN_TAKING_GAME, DemandLevel.MODERATE))
        .addEvent(attempt("t05", 30, 38, "g-turns", AssistanceCodes.VERBAL_PROMPT, AttemptOutcome.PARTLY_MET, 1))
        .build();
  }

  static Session endedEarlyForChildsNeeds() {
    Interval actual = Interval.of(START, Duration.ofMinutes(25));
    return session("s-u-ended-early")
        .actual(actual)
        .status(SessionStatus.ENDED_EARLY)
        .endReason(EndReasonCodes.CHILD_NEEDS)
        .addEvent(regulation("u01", 0, 25, ArousalBand.ESCALATED, RegulationMode.CO_REGULATED, RegulationSignCodes.CRYING))
        .addEvent(connection("u02", 5, ConnectionSignCodes.ACCEPTED_COMFORT))
        .addEvent(connection("u03", 15, ConnectionSignCodes.ACCEPTED_COMFORT))
        .build();
  }

  private static Session.Builder session(String id) {
    return Session.builder()
        .id(id)
        .clientId(CLIENT)
        .clinicianId(CLINICIAN)
        .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY)
        .setting(SettingCodes.CLINIC)
        .planned(HOUR)
        .actual(HOUR)
        .zone(ZoneId.of("Europe/London"))
        .status(SessionStatus.COMPLETED)
        .endReason(EndReasonCodes.PLANNED_END)
        .addGoal(goal("g-turns", "Takes turns in a two-person game", "4 of 5 turns with one verbal prompt"))
        .addGoal(goal("g-requests", "Asks for help with a word or sign", "3 requests in a session"))
        .addGoal(goal("g-fine-motor", "Completes a four-piece inset puzzle", "independently, twice"));
  }

  private static Goal goal(String id, String description, String target) {
    return Goal.builder()
        .id(id)
        .description(description)
        .target(target)
        .lifecycleStatus(GoalLifecycleStatus.ACTIVE)
        .achievementStatus(GoalAchievementStatus.IN_PROGRESS)
        .build();
  }

  private static Instant at(int minute) {
    return START.plus(Duration.ofMinutes(minute));
  }

  /** An observation from minute {@code from} to {@code to} (a moment when they are equal). */
  private static RegulationObservation regulation(
      String id, int from, int to, ArousalBand band, RegulationMode mode, Code... signs) {
    RegulationObservation.Builder b = RegulationObservation.builder()
        .id(id).at(at(from)).band(band).mode(mode).addSigns(signs);
    return (to != from ? b.until(at(to)) : b).build();
  }

  private static ReadinessAssessment.Builder readiness(String id, int minute, ReadinessLevel level) {
    return ReadinessAssessment.builder().id(id).at(at(minute)).assessedBy(CLINICIAN).level(level);
  }

  private static Activity activity(String id, int from, int to, Code what, DemandLevel demand) {
    return Activity.builder().id(id).at(at(from)).until(at(to)).activity(what).demand(demand).build();
  }

  private static EnvironmentFactor environment(String id, int from, int to, Code factor) {
    return EnvironmentFactor.builder().id(id).at(at(from)).until(at(to)).factor(factor).build();
  }

  private static ConnectionObservation connection(String id, int minute, Code sign) {
    return ConnectionObservation.builder().id(id).at(at(minute)).sign(sign).build();
  }

  /** A support from minute {@code from} to {@code to} (a moment when they are equal); effect null: not recorded. */
  private static SensorySupport support(String id, int from, int to, Code what, SupportQuality quality,
      SupportResponse response, SupportEffect effect, SensorySystem... systems) {
    SensorySupport.Builder b = SensorySupport.builder()
        .id(id).at(at(from)).support(what).quality(quality).response(response).addSystems(systems);
    if (to != from) {
      b.until(at(to));
    }
    if (effect != null) {
      b.effect(effect);
    }
    return b.build();
  }

  private static GoalAttempt attempt(String id, int from, int to, String goalId, Code assistance,
      AttemptOutcome outcome, int gasLevel) {
    return GoalAttempt.builder()
        .id(id).at(at(from)).until(at(to)).goalId(goalId)
        .assistance(assistance).outcome(outcome).gasLevel(gasLevel).build();
  }
}
