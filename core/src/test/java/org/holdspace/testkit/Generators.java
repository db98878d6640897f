package org.holdspace.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.connection.ConnectionSigns;
import org.holdspace.demand.Activity;
import org.holdspace.demand.ActivityCodes;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.demand.EnvironmentFactors;
import org.holdspace.demand.ImmutableActivity;
import org.holdspace.demand.ImmutableEnvironmentFactor;
import org.holdspace.goal.AssistanceLevels;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GasRating;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAchievementStatus;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.goal.GoalLifecycleStatus;
import org.holdspace.goal.ImmutableGoal;
import org.holdspace.goal.ImmutableGoalAttempt;
import org.holdspace.readiness.ImmutableReadinessAssessment;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.ImmutableRegulationObservation;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.regulation.RegulationSigns;
import org.holdspace.sensory.ImmutableSupportOffer;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySystem;
import org.holdspace.sensory.SupportCodes;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportQuality;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Disciplines;
import org.holdspace.session.EndReasons;
import org.holdspace.session.ImmutableTherapySession;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.session.Settings;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for every domain type, shared by core's tests and (through the
 * test-jar) by json's. Every value they make is valid; {@link InvalidInputs} makes invalid ones.
 *
 * <p>Times span 1950 to 2150, texts span all of Unicode (no lone surrogates), and sessions hold
 * up to {@link #MAX_EVENTS} events of every kind, including a vendor's.
 */
public final class Generators {
  /** The most events a generated session holds. */
  public static final int MAX_EVENTS = 40;

  static final long EARLIEST = Instant.parse("1950-01-01T00:00:00Z").getEpochSecond();
  static final long LATEST = Instant.parse("2150-01-01T00:00:00Z").getEpochSecond();

  private static final List<Code> SIGNS = List.of(RegulationSigns.CRYING, RegulationSigns.WITHDRAWAL,
      RegulationSigns.FLAT_AFFECT, RegulationSigns.COVERING_EARS, RegulationSigns.AGGRESSION,
      RegulationSigns.RUNNING_OFF, RegulationSigns.SELF_INJURY, RegulationSigns.CALM_BODY);
  private static final List<Code> SUPPORTS = List.of(SupportCodes.DEEP_PRESSURE, SupportCodes.FIDGET,
      SupportCodes.EAR_DEFENDERS, SupportCodes.SWING, SupportCodes.QUIET_PRESENCE, SupportCodes.WEIGHTED_ITEM);
  private static final List<Code> FACTORS = List.of(EnvironmentFactors.NOISE, EnvironmentFactors.LIGHT,
      EnvironmentFactors.CROWDING, EnvironmentFactors.NOVELTY, EnvironmentFactors.TRANSITION);
  private static final List<Code> ACTIVITIES = List.of(ActivityCodes.FREE_PLAY, ActivityCodes.TABLE_TASK,
      ActivityCodes.GROSS_MOTOR, ActivityCodes.TURN_TAKING_GAME);
  private static final List<Code> CONNECTIONS = List.of(ConnectionSigns.ACCEPTED_COMFORT,
      ConnectionSigns.SOUGHT_PROXIMITY, ConnectionSigns.SHARED_ATTENTION, ConnectionSigns.ACCEPTED_PRESENCE);
  private static final List<Code> ASSISTANCE = List.of(AssistanceLevels.INDEPENDENT,
      AssistanceLevels.VERBAL_PROMPT, AssistanceLevels.MODELLED, AssistanceLevels.FULL_PHYSICAL);
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/London"),
      ZoneId.of("America/Chicago"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"));

  private Generators() {}

  // ---- text and codes ----

  /** Any Unicode text of up to 60 code points, line breaks and emoji included, no lone surrogates. */
  public static Gen<String> texts() {
    return Draw.gen(d -> text(d, 0, 60, true));
  }

  /** Opaque ids: 1 to 40 code points, no control characters, never blank. */
  public static Gen<String> ids() {
    return Draw.gen(Generators::id);
  }

  /** Codes from the library's code systems and from made-up vendor systems, with and without display. */
  public static Gen<Code> codes() {
    return Draw.gen(Generators::code);
  }

  // ---- times ----

  /** Intervals from 1950 to 2150, lasting 0 seconds to 8 hours. */
  public static Gen<Interval> intervals() {
    return Draw.gen(d -> {
      Instant start = Instant.ofEpochSecond(d.between(EARLIEST, LATEST), d.chance(20) ? d.between(0, 999_999_999) : 0);
      return Interval.of(start, Duration.ofSeconds(d.between(0L, 8 * 3600L)));
    });
  }

  // ---- goals ----

  /** Goals with any Unicode description and target. */
  public static Gen<Goal> goals() {
    return Draw.gen(d -> goal(d, id(d)));
  }

  /** GAS ratings, levels -2..+2, weights 0.5 to 10. */
  public static Gen<GasRating> gasRatings() {
    return Draw.gen(d -> GasRating.of(d.between(-2, 2), d.between(1, 20) / 2.0));
  }

  // ---- events ----

  /** Events of every library kind and the test vendor's kind, inside {@code window}, with fresh ids. */
  public static Gen<SessionEvent> events(Interval window, List<String> goalIds) {
    return Draw.gen(d -> event(d, id(d), window, goalIds));
  }

  // ---- sessions ----

  /** Valid sessions of every status, with 0 to 3 goals and 0 to {@link #MAX_EVENTS} events of every kind. */
  public static Gen<Session> sessions() {
    return Draw.gen(d -> sessionBuilder(d).build());
  }

  /** Valid sessions that took place (completed, ended early or cut short). */
  public static Gen<Session> heldSessions() {
    return Draw.gen(d -> held(d).build());
  }

  /** Valid sessions of the test vendor's own session type ({@link VendorFixtures.ClinicSession}). */
  public static Gen<Session> vendorSessions() {
    return Draw.gen(d -> VendorFixtures.ClinicSession.builder()
        .from(held(d).build())
        .payerId(id(d))
        .referralNote(text(d, 0, 40, true))
        .build());
  }

  /** A builder filled with a valid session, for tests that change one thing. */
  public static Gen<ImmutableTherapySession.Builder> sessionBuilders() {
    return Draw.gen(Generators::sessionBuilder);
  }

  private static ImmutableTherapySession.Builder sessionBuilder(Draw d) {
    return d.chance(85) ? held(d) : notHeld(d);
  }

  private static ImmutableTherapySession.Builder held(Draw d) {
    Interval planned = Interval.of(
        Instant.ofEpochSecond(d.between(EARLIEST, LATEST)), Duration.ofMinutes(d.between(15, 120)));
    Instant actualStart = planned.start().plusSeconds(d.between(0, 20) * 60L);
    Interval actual = Interval.of(actualStart, Duration.ofMinutes(d.between(1, 130)));
    SessionStatus status = d.pick(SessionStatus.COMPLETED, SessionStatus.ENDED_EARLY, SessionStatus.CUT_SHORT);
    ImmutableTherapySession.Builder b = base(d, planned, status).actual(actual);
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

  private static ImmutableTherapySession.Builder notHeld(Draw d) {
    Interval planned = Interval.of(
        Instant.ofEpochSecond(d.between(EARLIEST, LATEST)), Duration.ofMinutes(d.between(15, 120)));
    ImmutableTherapySession.Builder b =
        base(d, planned, d.pick(SessionStatus.CANCELLED, SessionStatus.NO_SHOW));
    if (d.chance(50)) {
      b.addGoal(goal(d, id(d)));
    }
    return b;
  }

  private static ImmutableTherapySession.Builder base(Draw d, Interval planned, SessionStatus status) {
    ImmutableTherapySession.Builder b = Session.builder()
        .id(id(d))
        .clientId(id(d))
        .clinicianId(id(d))
        .discipline(d.chance(80) ? d.pick(Disciplines.OCCUPATIONAL_THERAPY, Disciplines.SPEECH_AND_LANGUAGE_THERAPY,
            Disciplines.PLAY_THERAPY) : code(d))
        .planned(planned)
        .status(status);
    if (d.chance(70)) {
      b.setting(d.pick(Settings.CLINIC, Settings.HOME, Settings.SCHOOL, Settings.TELEHEALTH));
    }
    if (d.chance(50)) {
      b.zone(d.pick(ZONES));
    }
    if (status != SessionStatus.COMPLETED || d.chance(50)) {
      b.endReason(d.pick(EndReasons.PLANNED_END, EndReasons.CHILD_NEEDS, EndReasons.ILLNESS, EndReasons.LATE_START));
    }
    return b;
  }

  private static Goal goal(Draw d, String id) {
    ImmutableGoal.Builder b = Goal.builder()
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
        ImmutableRegulationObservation.Builder b = RegulationObservation.builder()
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
        ImmutableSupportOffer.Builder b = SensorySupport.builder()
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
        ImmutableActivity.Builder b = Activity.builder().id(id).at(at)
            .activity(d.chance(80) ? d.pick(ACTIVITIES) : code(d)).demand(d.pick(DemandLevel.values()));
        return (lasts ? b.until(until) : b).build();
      }
      case 3: {
        ImmutableEnvironmentFactor.Builder b = EnvironmentFactor.builder().id(id).at(at)
            .factor(d.chance(80) ? d.pick(FACTORS) : code(d));
        return (lasts ? b.until(until) : b).build();
      }
      case 4: {
        ImmutableReadinessAssessment.Builder b = ReadinessAssessment.builder()
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
        return VendorFixtures.HydrationBreak.builder().id(id).at(at).millilitres(d.between(0, 500)).build();
      default: {
        ImmutableGoalAttempt.Builder b = GoalAttempt.builder().id(id).at(at).goalId(d.pick(goalIds));
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
        return b.build();
      }
    }
  }

  static String id(Draw d) {
    String s = text(d, 1, 40, false);
    return s.isBlank() ? "id" + s.length() : s;
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
