package org.holdspace.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverCodes;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.CaregiverReportCodes;
import org.holdspace.caregiver.CoachingStep;
import org.holdspace.caregiver.Handover;
import org.holdspace.caregiver.RoleCodes;
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
import org.holdspace.goal.GasRating;
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
import org.holdspace.timeline.SessionEvent;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for every domain type, for Holdspace's own tests and a vendor's: every
 * value they make is valid. Use them inside a plain JUnit {@code @Test} method:
 *
 * <pre>{@code
 * Theories.qt(300).forAll(Generators.heldSessions()).checkAssert(s -> evaluator.evaluate(s));
 * }</pre>
 *
 * <p>Times span 1950 to 2150, texts span all of Unicode (no lone surrogates), and sessions hold
 * up to {@link #MAX_EVENTS} events of every kind, including a vendor's.
 *
 * <p>About 420 lines, for a reason: one generator for every domain type, kept in one place as
 * DESIGN.md asks; the sessions told as stories are in {@code Stories}.
 */
public final class Generators {
  /** The most events a generated session holds. */
  public static final int MAX_EVENTS = 40;

  static final long EARLIEST = Instant.parse("1950-01-01T00:00:00Z").getEpochSecond();
  static final long LATEST = Instant.parse("2150-01-01T00:00:00Z").getEpochSecond();

  private static final List<Code> SIGNS = List.of(RegulationSignCodes.CRYING, RegulationSignCodes.WITHDRAWAL,
      RegulationSignCodes.FLAT_AFFECT, RegulationSignCodes.COVERING_EARS, RegulationSignCodes.AGGRESSION,
      RegulationSignCodes.RUNNING_OFF, RegulationSignCodes.SELF_INJURY, RegulationSignCodes.CALM_BODY);
  private static final List<Code> SUPPORTS = List.of(SensorySupportCodes.DEEP_PRESSURE, SensorySupportCodes.FIDGET,
      SensorySupportCodes.EAR_DEFENDERS, SensorySupportCodes.SWING, SensorySupportCodes.QUIET_PRESENCE, SensorySupportCodes.WEIGHTED_ITEM);
  static final List<Code> FACTORS = List.of(EnvironmentFactorCodes.NOISE, EnvironmentFactorCodes.LIGHT,
      EnvironmentFactorCodes.CROWDING, EnvironmentFactorCodes.NOVELTY, EnvironmentFactorCodes.TRANSITION);
  static final List<Code> ACTIVITIES = List.of(ActivityCodes.FREE_PLAY, ActivityCodes.TABLE_TASK,
      ActivityCodes.GROSS_MOTOR, ActivityCodes.TURN_TAKING_GAME);
  static final List<Code> CONNECTIONS = List.of(ConnectionSignCodes.ACCEPTED_COMFORT,
      ConnectionSignCodes.SOUGHT_PROXIMITY, ConnectionSignCodes.SHARED_ATTENTION, ConnectionSignCodes.ACCEPTED_PRESENCE);
  private static final List<Code> ASSISTANCE = List.of(AssistanceCodes.INDEPENDENT,
      AssistanceCodes.VERBAL_PROMPT, AssistanceCodes.MODELLED, AssistanceCodes.FULL_PHYSICAL);
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/London"),
      ZoneId.of("America/Chicago"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"));

  private Generators() {}

  // ---- text and codes ----

  /** {@return any Unicode text of up to 60 code points, line breaks and emoji included, no lone surrogates} */
  public static Gen<String> texts() {
    return Draw.gen(d -> text(d, 0, 60, true));
  }

  /** {@return opaque ids: 1 to 40 code points, no control characters, never blank} */
  public static Gen<String> ids() {
    return Draw.gen(Generators::id);
  }

  /** {@return codes from the library's code systems and from made-up vendor systems, with and without display} */
  public static Gen<Code> codes() {
    return Draw.gen(Generators::code);
  }

  // ---- times ----

  /** {@return intervals from 1950 to 2150, lasting 0 seconds to 8 hours} */
  public static Gen<Interval> intervals() {
    return Draw.gen(d -> {
      Instant start = Instant.ofEpochSecond(d.between(EARLIEST, LATEST), d.chance(20) ? d.between(0, 999_999_999) : 0);
      return Interval.of(start, Duration.ofSeconds(d.between(0L, 8 * 3600L)));
    });
  }

  // ---- goals ----

  /** {@return goals with any Unicode description and target} */
  public static Gen<Goal> goals() {
    return Draw.gen(d -> goal(d, id(d)));
  }

  /** {@return GAS ratings, levels -2..+2, weights 0.5 to 10} */
  public static Gen<GasRating> gasRatings() {
    return Draw.gen(d -> GasRating.of(d.between(-2, 2), d.between(1, 20) / 2.0));
  }

  // ---- events ----

  /**
   * Events of every library kind and the test vendor's kind, inside {@code window}, with fresh ids.
   *
   * @param window where the events fall
   * @param goalIds the goals a goal attempt may name
   * @return the generator
   */
  public static Gen<SessionEvent> events(Interval window, List<String> goalIds) {
    return Draw.gen(d -> event(d, id(d), window, goalIds));
  }

  // ---- sessions ----

  /**
   * Valid sessions of every status: half with 0 to {@link #MAX_EVENTS} events of every kind at
   * random, half told as a story ({@link #stories()}).
   *
   * @return the generator
   */
  public static Gen<Session> sessions() {
    return Draw.gen(d -> d.chance(50) ? sessionBuilder(d).build() : Stories.story(d));
  }

  /** {@return valid sessions that took place (completed, ended early or cut short), half of them stories} */
  public static Gen<Session> heldSessions() {
    return Draw.gen(d -> d.chance(50) ? held(d).build() : Stories.story(d));
  }

  /**
   * Sessions told as a story, so that the properties see what random events rarely make: the
   * child's state moving through consecutive stretches (harm signs, crisis, collapse into shutdown,
   * a change of side, co-regulation, a calm end or an end in crisis), supports accepted, declined,
   * reported as helping (corroborated by a later observation or not) or making it worse,
   * connection, readiness judged "not ready" then superseded by regulation, activities and goal
   * work at any readiness, goals with either GAS baseline, and early ends for every kind of reason.
   * Times fall on whole minutes, so events often share a moment. Only the library's own codes.
   *
   * @return the generator
   */
  public static Gen<Session> stories() {
    return Draw.gen(Stories::story);
  }

  /** The concerns a caregiver may report, for the generators. */
  static final List<Code> REPORTS = List.of(CaregiverReportCodes.SHORT_NIGHT, CaregiverReportCodes.ILLNESS,
      CaregiverReportCodes.HUNGER, CaregiverReportCodes.PAIN, CaregiverReportCodes.HARD_DAY_AT_SCHOOL,
      CaregiverReportCodes.HARD_DAY_AT_HOME, CaregiverReportCodes.CHANGE_IN_ROUTINE);

  /** {@return valid sessions of the test vendor's own session type ({@link VendorFixtures.ClinicSession})} */
  public static Gen<Session> vendorSessions() {
    return Draw.gen(d -> VendorFixtures.ClinicSession.builder()
        .from(held(d).build())
        .payerId(id(d))
        .referralNote(text(d, 0, 40, true))
        .build());
  }

  /** {@return builders filled with a valid session, for tests that change one thing} */
  public static Gen<Session.Builder> sessionBuilders() {
    return Draw.gen(Generators::sessionBuilder);
  }

  private static Session.Builder sessionBuilder(Draw d) {
    return d.chance(85) ? held(d) : notHeld(d);
  }

  private static Session.Builder held(Draw d) {
    Interval planned = Interval.of(
        Instant.ofEpochSecond(d.between(EARLIEST, LATEST)), Duration.ofMinutes(d.between(15, 120)));
    Instant actualStart = planned.start().plusSeconds(d.between(0, 20) * 60L);
    Interval actual = Interval.of(actualStart, Duration.ofMinutes(d.between(1, 130)));
    SessionStatus status = d.pick(SessionStatus.COMPLETED, SessionStatus.ENDED_EARLY, SessionStatus.CUT_SHORT);
    Session.Builder b = base(d, planned, status).actual(actual);
    List<String> goalIds = new ArrayList<>();
    int goals = d.between(0, 3);
    for (int i = 0; i < goals; i++) {
      String goalId = "g" + i + "-" + id(d);
      goalIds.add(goalId);
      b.addGoal(goal(d, goalId));
    }
    int events = d.between(0, MAX_EVENTS);
    for (int i = 0; i < events; i++) {
      b.addEvent(event(d, "e" + i + "-" + id(d), actual, goalIds));
    }
    return b;
  }

  private static Session.Builder notHeld(Draw d) {
    Interval planned = Interval.of(
        Instant.ofEpochSecond(d.between(EARLIEST, LATEST)), Duration.ofMinutes(d.between(15, 120)));
    Session.Builder b =
        base(d, planned, d.pick(SessionStatus.CANCELLED, SessionStatus.NO_SHOW));
    if (d.chance(50)) {
      b.addGoal(goal(d, id(d)));
    }
    return b;
  }

  private static Session.Builder base(Draw d, Interval planned, SessionStatus status) {
    Session.Builder b = Session.builder()
        .id(id(d))
        .clientId(id(d))
        .clinicianId(id(d))
        .discipline(d.chance(80) ? d.pick(DisciplineCodes.OCCUPATIONAL_THERAPY, DisciplineCodes.SPEECH_AND_LANGUAGE_THERAPY,
            DisciplineCodes.PLAY_THERAPY) : code(d))
        .planned(planned)
        .status(status);
    if (d.chance(70)) {
      b.setting(d.pick(SettingCodes.CLINIC, SettingCodes.HOME, SettingCodes.SCHOOL, SettingCodes.TELEHEALTH));
    }
    if (d.chance(50)) {
      b.zone(d.pick(ZONES));
    }
    if (d.chance(25)) {
      b.familyLanguage(d.pick(Locale.forLanguageTag("es"), Locale.forLanguageTag("vi"), Locale.forLanguageTag("zh-Hant")));
      if (d.chance(70)) {
        b.interpreterUsed(d.chance(50));
      }
    } else if (d.chance(10)) {
      b.interpreterUsed(d.chance(50));
    }
    if (status != SessionStatus.COMPLETED || d.chance(50)) {
      b.endReason(d.pick(EndReasonCodes.PLANNED_END, EndReasonCodes.CHILD_NEEDS, EndReasonCodes.ILLNESS, EndReasonCodes.LATE_START));
    }
    return b;
  }

  private static Goal goal(Draw d, String id) {
    Goal.Builder b = Goal.builder()
        .id(id)
        .description(text(d, 0, 60, true))
        .lifecycleStatus(d.pick(GoalLifecycleStatus.values()));
    if (d.chance(70)) {
      b.target(text(d, 0, 40, true));
    }
    if (d.chance(60)) {
      b.achievementStatus(d.pick(GoalAchievementStatus.values()));
    }
    if (d.chance(30)) {
      b.gasWeight(d.between(1, 40) / 4.0);
    }
    return b.build();
  }

  private static SessionEvent event(Draw d, String id, Interval window, List<String> goalIds) {
    long span = window.length().toMillis();
    long from = d.between(0L, span);
    long to = d.between(from, span);
    Instant at = window.start().plusMillis(from);
    Instant until = window.start().plusMillis(to);
    boolean lasts = d.chance(60);
    switch (d.between(0, goalIds.isEmpty() ? 7 : 8)) {
      case 0: {
        RegulationObservation.Builder b = RegulationObservation.builder()
            .id(id).at(at).band(d.pick(ArousalBand.values()));
        int signs = d.between(0, 3);
        for (int i = 0; i < signs; i++) {
          b.addSign(d.pick(SIGNS));
        }
        if (d.chance(70)) {
          b.mode(d.pick(RegulationMode.values()));
        }
        if (d.chance(20)) {
          b.label(code(d));
        }
        return (lasts ? b.until(until) : b).build();
      }
      case 1: {
        SensorySupport.Builder b = SensorySupport.builder()
            .id(id).at(at).support(d.chance(80) ? d.pick(SUPPORTS) : code(d))
            .response(d.pick(SupportResponse.values()));
        int systems = d.between(0, 3);
        for (int i = 0; i < systems; i++) {
          b.addSystem(d.pick(SensorySystem.values()));
        }
        if (d.chance(70)) {
          b.quality(d.pick(SupportQuality.values()));
        }
        if (d.chance(80)) {
          b.effect(d.pick(SupportEffect.values()));
        }
        return (lasts ? b.until(until) : b).build();
      }
      case 2: {
        Activity.Builder b = Activity.builder().id(id).at(at)
            .activity(d.chance(80) ? d.pick(ACTIVITIES) : code(d)).demand(d.pick(DemandLevel.values()));
        return (lasts ? b.until(until) : b).build();
      }
      case 3: {
        EnvironmentFactor.Builder b = EnvironmentFactor.builder().id(id).at(at)
            .factor(d.chance(80) ? d.pick(FACTORS) : code(d));
        return (lasts ? b.until(until) : b).build();
      }
      case 4: {
        ReadinessAssessment.Builder b = ReadinessAssessment.builder()
            .id(id).at(at).assessedBy(id(d)).level(d.pick(ReadinessLevel.values()));
        for (ReadinessIndicator i : ReadinessIndicator.values()) {
          int state = d.between(0, 2);
          if (state == 1) {
            b.addIndicatorsMet(i);
          } else if (state == 2) {
            b.addIndicatorsNotMet(i);
          }
        }
        return b.build();
      }
      case 5:
        return ConnectionObservation.builder().id(id).at(at).sign(d.chance(80) ? d.pick(CONNECTIONS) : code(d))
            .build();
      case 6:
        return ClinicianNote.builder().id(id).at(at).text(text(d, 0, 80, true)).build();
      case 7:
        if (d.chance(20)) {
          return d.chance(60) ? Stories.incident(d, id, at, d.chance(80) ? d.pick(SIGNS) : code(d))
              : Handover.builder().id(id).at(at).to(d.chance(70) ? d.pick(CaregiverCodes.PARENT, RoleCodes.SCHOOL_STAFF)
                  : code(d)).build();
        }
        if (d.chance(25)) {
          return CaregiverReport.builder().id(id).at(at).addConcern(d.pick(REPORTS))
              .words(d.chance(50) ? Optional.of(text(d, 0, 40, true)) : Optional.empty()).build();
        }
        if (d.chance(33)) {
          return CaregiverCoaching.builder().id(id).at(at).strategy(d.chance(80) ? d.pick(SUPPORTS) : code(d))
              .step(d.pick(CoachingStep.values())).build();
        }
        if (d.chance(50)) {
          return CaregiverPresence.builder().id(id).at(at).until(lasts ? Optional.of(until) : Optional.empty())
              .caregiver(d.chance(80) ? CaregiverCodes.PARENT : code(d)).build();
        }
        return VendorFixtures.HydrationBreak.builder().id(id).at(at).millilitres(d.between(0, 500)).build();
      default: {
        GoalAttempt.Builder b = GoalAttempt.builder().id(id).at(at).goalId(d.pick(goalIds));
        if (lasts) {
          b.until(until);
        }
        if (d.chance(60)) {
          b.assistance(d.pick(ASSISTANCE));
        }
        if (d.chance(60)) {
          b.outcome(d.pick(AttemptOutcome.values()));
        }
        if (d.chance(70)) {
          b.gasLevel(d.between(-2, 2));
        }
        if (d.chance(30)) {
          int opportunities = d.between(0, 20);
          b.opportunities(opportunities);
          if (d.chance(80)) {
            b.correctResponses(d.between(0, opportunities));
          }
        }
        return b.build();
      }
    }
  }

  static String id(Draw d) {
    String s = visibleOnly(text(d, 1, 40, false));
    return s.isBlank() ? "id" + s.length() : s;
  }

  /** {@code s} with every invisible formatting character and line or paragraph separator made an 'x': an id may hold none. */
  static String visibleOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      out.appendCodePoint(type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR ? 'x' : cp);
    });
    return out.toString();
  }

  static Code code(Draw d) {
    String system = d.pick("https://ehr.example/codes/" + d.between(0, 9), "urn:oid:2.16.840.1." + d.between(0, 999),
        "https://holdspace.org/codes/x");
    String display = d.chance(50) ? text(d, 0, 30, false) : null;
    return Code.of(system, id(d), display);
  }

  /**
   * Unicode text: mostly printable ASCII, often other planes (accents, CJK, RTL, emoji), and with
   * {@code controls} line breaks, tabs and other control characters.
   */
  static String text(Draw d, int minLength, int maxLength, boolean controls) {
    int length = d.between(minLength, maxLength);
    StringBuilder sb = new StringBuilder(length * 2);
    for (int i = 0; i < length; i++) {
      int cp;
      switch (d.between(0, 5)) {
        case 0:
        case 1:
        case 2:
          cp = d.between(0x20, 0x7E);
          break;
        case 3:
          cp = d.between(0xA0, 0xD7FF);
          break;
        case 4:
          cp = d.between(0xE000, 0x10FFFF);
          break;
        default:
          cp = controls ? d.pick(0x0A, 0x0D, 0x09, 0x00, 0x1F, 0x7F, 0x85, 0x2028) : d.pick(0x2028, 0x200B, 0xFEFF, 0x20);
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
