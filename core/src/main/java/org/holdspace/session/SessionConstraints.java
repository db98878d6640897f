package org.holdspace.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.Handover;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.internal.Validated;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.timeline.EventConstraints;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.holdspace.validation.Violation;
import org.holdspace.validation.Violations;

/**
 * The structural constraints of any {@link Session}, the library's or a vendor's: ids present and
 * opaque-safe, a reason for every status but completed, an actual interval exactly when the
 * session took place, every event inside it with a unique id and an end not before its start,
 * unique goal ids, goal attempts that name one of the session's goals, and the fields of every goal
 * and every event of the library's kinds that the library did not build itself (a vendor's own
 * implementation of {@code RegulationObservation}, say).
 *
 * <p>Clinical judgements (was that much demand wise?) are evaluation rules, not constraints.
 * Every immutable session applies these when built, through {@link Session#checkSession()}.
 *
 * <pre>{@code
 * List<Violation> problems = SessionConstraints.violationsOf(session); // empty for a valid session
 * }</pre>
 */
public final class SessionConstraints {
  private SessionConstraints() {}

  /**
   * Throws if {@code session} breaks any constraint.
   *
   * @param session a session, perhaps a vendor's own implementation
   * @throws ValidationException listing every violation, with paths such as {@code events[3].until}
   */
  public static void requireValid(Session session) {
    collect(session).throwIfAny();
  }

  /**
   * The violations of {@code session}, in a stable order: the first {@value Violations#MAX_KEPT};
   * empty if it is valid.
   *
   * @param session a session of any implementation
   * @return its violations
   */
  public static List<Violation> violationsOf(Session session) {
    return collect(session).list();
  }

  private static Violations collect(Session session) {
    Violations v = Violations.of("Session");
    v.requireId(session.id(), "id");
    v.requireId(session.clientId(), "clientId");
    v.requireId(session.clinicianId(), "clinicianId");
    v.require(session.discipline(), "discipline");
    v.require(session.setting(), "setting");
    v.require(session.planned(), "planned");
    v.require(session.zone(), "zone");
    if (v.require(session.familyLanguage(), "familyLanguage") && session.familyLanguage().isPresent()
        && session.familyLanguage().get().getLanguage().isEmpty()) {
      v.add(CoreViolation.NO_LANGUAGE, "familyLanguage");
    }
    v.require(session.interpreterUsed(), "interpreterUsed");
    boolean hasActual = v.require(session.actual(), "actual");
    boolean hasEvents = v.require(session.events(), "events");
    boolean hasGoals = v.requireElements(session.goals(), "goals");
    boolean hasReason = v.require(session.endReason(), "endReason");
    SessionStatus status = session.status();
    if (v.require(status, "status")) {
      if (hasReason && status != SessionStatus.COMPLETED && session.endReason().isEmpty()) {
        v.add(CoreViolation.END_REASON_REQUIRED, "endReason");
      }
      if (hasActual && status.isHeld() && session.actual().isEmpty()) {
        v.add(CoreViolation.ACTUAL_TIME_REQUIRED, "actual");
      }
      if (!status.isHeld()) {
        if (hasActual && session.actual().isPresent()) {
          v.add(CoreViolation.NOT_HELD, "actual");
        }
        if (hasEvents && !session.events().isEmpty()) {
          v.add(CoreViolation.NOT_HELD, "events");
        }
      }
    }
    Set<String> goalIds = hasGoals ? checkGoals(session.goals(), v) : Set.of();
    if (hasEvents) {
      Optional<Interval> actual = hasActual ? session.actual() : Optional.empty();
      checkEvents(session.events(), actual, goalIds, v);
    }
    return v;
  }

  private static Set<String> checkGoals(List<Goal> goals, Violations v) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < goals.size(); i++) {
      Goal g = goals.get(i);
      if (!(g instanceof Validated)) {
        Goal.check(g, v, "goals[" + i + "]"); // a vendor's own implementation: checked here
      }
      if (!ids.add(g.id())) {
        v.add(CoreViolation.DUPLICATE_ID, "goals[" + i + "].id");
      }
    }
    return ids;
  }

  /**
   * Checks the fields of an event of one of the library's kinds that the library did not build (a
   * vendor's own implementation), the way the library's builders do; records whether it did.
   */
  private static boolean checkForeignKind(SessionEvent e, Violations v, int index) {
    if (e instanceof Validated) {
      return false;
    }
    String path = path(index, "");
    if (e instanceof RegulationObservation) {
      RegulationObservation.check((RegulationObservation) e, v, path);
    } else if (e instanceof SensorySupport) {
      SensorySupport.check((SensorySupport) e, v, path);
    } else if (e instanceof Activity) {
      Activity.check((Activity) e, v, path);
    } else if (e instanceof EnvironmentFactor) {
      EnvironmentFactor.check((EnvironmentFactor) e, v, path);
    } else if (e instanceof ReadinessAssessment) {
      ReadinessAssessment.check((ReadinessAssessment) e, v, path);
    } else if (e instanceof GoalAttempt) {
      GoalAttempt.check((GoalAttempt) e, v, path);
    } else if (e instanceof ConnectionObservation) {
      ConnectionObservation.check((ConnectionObservation) e, v, path);
    } else if (e instanceof ClinicianNote) {
      ClinicianNote.check((ClinicianNote) e, v, path);
    } else if (e instanceof CaregiverReport) {
      CaregiverReport.check((CaregiverReport) e, v, path);
    } else if (e instanceof CaregiverPresence) {
      CaregiverPresence.check((CaregiverPresence) e, v, path);
    } else if (e instanceof CaregiverCoaching) {
      CaregiverCoaching.check((CaregiverCoaching) e, v, path);
    } else if (e instanceof IncidentRecord) {
      IncidentRecord.check((IncidentRecord) e, v, path);
    } else if (e instanceof Handover) {
      Handover.check((Handover) e, v, path);
    } else {
      return false;
    }
    return true;
  }

  private static String path(int index, String field) {
    return "events[" + index + "]" + field;
  }

  private static void checkEvents(
      List<SessionEvent> events, Optional<Interval> actual, Set<String> goalIds, Violations v) {
    Map<String, Integer> seen = new HashMap<>(events.size() * 2);
    // paths are built only for events that break a constraint
    for (int i = 0; i < events.size(); i++) {
      SessionEvent e = events.get(i);
      if (e == null) {
        v.add(CoreViolation.REQUIRED, path(i, ""));
        continue;
      }
      if (!checkForeignKind(e, v, i) && !EventConstraints.isValid(e)) {
        EventConstraints.check(e, v, path(i, ""));
      }
      boolean timesKnown = EventConstraints.hasValidTimes(e);
      if (e.id() != null && seen.putIfAbsent(e.id(), i) != null) {
        v.add(CoreViolation.DUPLICATE_ID, path(i, ".id"));
      }
      if (timesKnown && actual.isPresent()) {
        if (!actual.get().contains(e.at())) {
          v.add(CoreViolation.OUTSIDE_SESSION, path(i, ".at"));
        }
        if (e.until().isPresent() && !actual.get().contains(e.until().get())) {
          v.add(CoreViolation.OUTSIDE_SESSION, path(i, ".until"));
        }
      }
      if (e instanceof GoalAttempt && !goalIds.contains(((GoalAttempt) e).goalId())) {
        v.add(CoreViolation.UNKNOWN_GOAL, path(i, ".goalId"));
      }
    }
  }
}
