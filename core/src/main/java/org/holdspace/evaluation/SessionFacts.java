package org.holdspace.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;

/**
 * The facts of one session, gathered once and shared read-only by every rule: the timeline in
 * time order, the events of each library kind, and measures such as regulated time and time to
 * regulate. The order in which a session lists its events makes no difference: events are
 * ordered by start, then end, then id.
 *
 * <pre>{@code
 * SessionFacts facts = SessionFacts.of(session, EvaluationConfig.defaults(), ClientHistory.none());
 * facts.timeToRegulate(); // Optional[PT46M] for the hard-day scenario
 * }</pre>
 */
public final class SessionFacts {
  /** The order of the timeline: start, then end, then id (ids are unique in a session). */
  public static final Comparator<SessionEvent> TIME_ORDER = SessionFacts::compareInTime;

  private static int compareInTime(SessionEvent a, SessionEvent b) {
    int byStart = a.at().compareTo(b.at());
    if (byStart != 0) {
      return byStart;
    }
    int byEnd = a.end().compareTo(b.end());
    return byEnd != 0 ? byEnd : a.id().compareTo(b.id());
  }

  private final Session session;
  private final EvaluationConfig config;
  private final ClientHistory history;
  private final List<SessionEvent> timeline;
  private final List<RegulationObservation> regulation = new ArrayList<>();
  private final List<RegulationObservation> regulationView = Collections.unmodifiableList(regulation);
  private final List<RegulationObservation> regulated = new ArrayList<>();
  private final List<RegulationObservation> regulatedView = Collections.unmodifiableList(regulated);
  private final List<RegulationObservation> dysregulated = new ArrayList<>();
  private final List<RegulationObservation> dysregulatedView = Collections.unmodifiableList(dysregulated);
  private final List<SensorySupport> helped = new ArrayList<>();
  private final List<SensorySupport> helpedView = Collections.unmodifiableList(helped);
  private final List<SensorySupport> supports = new ArrayList<>();
  private final List<SensorySupport> supportsView = Collections.unmodifiableList(supports);
  private final List<Activity> activities = new ArrayList<>();
  private final List<Activity> activitiesView = Collections.unmodifiableList(activities);
  private final List<EnvironmentFactor> environment = new ArrayList<>();
  private final List<EnvironmentFactor> environmentView = Collections.unmodifiableList(environment);
  private final List<ReadinessAssessment> readiness = new ArrayList<>();
  private final List<ReadinessAssessment> readinessView = Collections.unmodifiableList(readiness);
  private final List<GoalAttempt> goalAttempts = new ArrayList<>();
  private final List<GoalAttempt> goalAttemptsView = Collections.unmodifiableList(goalAttempts);
  private final List<ConnectionObservation> connections = new ArrayList<>();
  private final List<ConnectionObservation> connectionsView = Collections.unmodifiableList(connections);
  private final List<SessionEvent> unknown = new ArrayList<>();
  private final List<SessionEvent> unknownView = Collections.unmodifiableList(unknown);
  private final Duration regulatedTime;
  private final Duration dysregulatedTime;
  private final Optional<Duration> timeToRegulate;
  private final boolean crisis;

  private SessionFacts(Session session, EvaluationConfig config, ClientHistory history) {
    this.session = session;
    this.config = config;
    this.history = history;
    this.timeline = inTimeOrder(session.events());
    boolean anyCrisis = false;
    for (SessionEvent e : timeline) {
      if (e instanceof RegulationObservation) {
        RegulationObservation o = (RegulationObservation) e;
        regulation.add(o);
        (o.band().isRegulated() ? regulated : dysregulated).add(o);
        anyCrisis |= o.band() == ArousalBand.CRISIS;
      } else if (e instanceof SensorySupport) {
        SensorySupport s = (SensorySupport) e;
        supports.add(s);
        if (s.response() == SupportResponse.ACCEPTED && s.effect().orElse(null) == SupportEffect.HELPED) {
          helped.add(s);
        }
      } else if (e instanceof Activity) {
        activities.add((Activity) e);
      } else if (e instanceof EnvironmentFactor) {
        environment.add((EnvironmentFactor) e);
      } else if (e instanceof ReadinessAssessment) {
        readiness.add((ReadinessAssessment) e);
      } else if (e instanceof GoalAttempt) {
        goalAttempts.add((GoalAttempt) e);
      } else if (e instanceof ConnectionObservation) {
        connections.add((ConnectionObservation) e);
      } else if (!(e instanceof ClinicianNote)) {
        unknown.add(e);
      }
    }
    this.regulatedTime = unionLength(regulated);
    this.dysregulatedTime = unionLength(dysregulated);
    this.timeToRegulate = findTimeToRegulate(regulation);
    this.crisis = anyCrisis;
  }

  /**
   * Gathers the facts of {@code session}.
   *
   * @param session a valid session
   * @param config the thresholds rules read
   * @param history what is known of the child's recent sessions
   * @return the facts
   */
  public static SessionFacts of(Session session, EvaluationConfig config, ClientHistory history) {
    return new SessionFacts(session, config, history);
  }

  /** The session. */
  public Session session() {
    return session;
  }

  /** The thresholds in force. */
  public EvaluationConfig config() {
    return config;
  }

  /** What is known of the child's recent sessions. */
  public ClientHistory history() {
    return history;
  }

  /** Every event, in time order. */
  public List<SessionEvent> timeline() {
    return timeline;
  }

  /** Regulation observations, in time order. */
  public List<RegulationObservation> regulation() {
    return regulationView;
  }

  /** Sensory supports, in time order. */
  public List<SensorySupport> supports() {
    return supportsView;
  }

  /** Activities, in time order. */
  public List<Activity> activities() {
    return activitiesView;
  }

  /** Environment factors, in time order. */
  public List<EnvironmentFactor> environment() {
    return environmentView;
  }

  /** Readiness assessments, in time order. */
  public List<ReadinessAssessment> readiness() {
    return readinessView;
  }

  /** Goal attempts, in time order. */
  public List<GoalAttempt> goalAttempts() {
    return goalAttemptsView;
  }

  /** Connection observations, in time order. */
  public List<ConnectionObservation> connections() {
    return connectionsView;
  }

  /** Events of kinds the library does not know (a vendor's), in time order, untouched. */
  public List<SessionEvent> unknownEvents() {
    return unknownView;
  }

  /** The events of type {@code type}, in time order; for vendor rules over their own event types. */
  public <T extends SessionEvent> List<T> eventsOf(Class<T> type) {
    List<T> found = new ArrayList<>();
    for (SessionEvent e : timeline) {
      if (type.isInstance(e)) {
        found.add(type.cast(e));
      }
    }
    return found;
  }

  /** How long the session actually lasted; zero if it did not take place. */
  public Duration sessionLength() {
    return session.actual().map(a -> a.length()).orElse(Duration.ZERO);
  }

  /** Time covered by regulated observations (overlaps counted once). */
  public Duration regulatedTime() {
    return regulatedTime;
  }

  /** Time covered by observations of any other band (overlaps counted once). */
  public Duration dysregulatedTime() {
    return dysregulatedTime;
  }

  /**
   * The share of the session observed as regulated, 0 to 1; empty for a session of no length or
   * one with no regulation observation (nothing seen is not the same as never regulated).
   */
  public OptionalDouble regulatedShare() {
    long total = sessionLength().toMillis();
    return total <= 0 || regulation.isEmpty() ? OptionalDouble.empty()
        : OptionalDouble.of(Math.min(1.0, regulatedTime.toMillis() / (double) total));
  }

  /**
   * From the first observation of dysregulation to the first regulated observation after it;
   * empty if the child was never seen dysregulated, or not seen regulated afterwards.
   */
  public Optional<Duration> timeToRegulate() {
    return timeToRegulate;
  }

  /** Whether any observation was of a crisis. */
  public boolean hadCrisis() {
    return crisis;
  }

  /** Whether any observation was of a band other than regulated. */
  public boolean wasDysregulated() {
    return !dysregulated.isEmpty();
  }

  /** Regulated observations, in time order. */
  public List<RegulationObservation> regulated() {
    return regulatedView;
  }

  /** Observations of any band but regulated, in time order. */
  public List<RegulationObservation> dysregulated() {
    return dysregulatedView;
  }

  /** Supports the child accepted that were seen to help, in time order. */
  public List<SensorySupport> supportsThatHelped() {
    return helpedView;
  }

  /** The latest readiness assessment at or before {@code instant}, if any. */
  public Optional<ReadinessAssessment> readinessAt(Instant instant) {
    return Optional.ofNullable(latestReadiness(instant));
  }

  private ReadinessAssessment latestReadiness(Instant instant) {
    int lo = 0;
    int hi = readiness.size() - 1;
    ReadinessAssessment found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      ReadinessAssessment r = readiness.get(mid);
      if (r.at().isAfter(instant)) {
        hi = mid - 1;
      } else {
        found = r;
        lo = mid + 1;
      }
    }
    return found;
  }

  /** Whether the latest readiness assessment at or before {@code instant} said not ready. */
  public boolean isNotReadyAt(Instant instant) {
    ReadinessAssessment r = latestReadiness(instant);
    return r != null && r.level() == ReadinessLevel.NOT_READY;
  }

  /** The events in time order: the list itself when it already is (the common case), else a sorted copy. */
  private static List<SessionEvent> inTimeOrder(List<SessionEvent> events) {
    for (int i = 1; i < events.size(); i++) {
      if (TIME_ORDER.compare(events.get(i - 1), events.get(i)) > 0) {
        List<SessionEvent> sorted = new ArrayList<>(events);
        sorted.sort(TIME_ORDER);
        return Collections.unmodifiableList(sorted);
      }
    }
    return Collections.unmodifiableList(events);
  }

  /** The time covered by {@code sorted} (in time order), overlaps counted once. */
  private static Duration unionLength(List<RegulationObservation> sorted) {
    long total = 0;
    Instant start = null;
    Instant end = null;
    for (RegulationObservation o : sorted) {
      if (end == null || o.at().isAfter(end)) {
        if (end != null) {
          total += Duration.between(start, end).toMillis();
        }
        start = o.at();
        end = o.end();
      } else if (o.end().isAfter(end)) {
        end = o.end();
      }
    }
    if (end != null) {
      total += Duration.between(start, end).toMillis();
    }
    return Duration.ofMillis(total);
  }

  private static Optional<Duration> findTimeToRegulate(List<RegulationObservation> sorted) {
    Instant firstDysregulated = null;
    for (RegulationObservation o : sorted) {
      if (firstDysregulated == null) {
        if (!o.band().isRegulated()) {
          firstDysregulated = o.at();
        }
      } else if (o.band().isRegulated()) {
        return Optional.of(Duration.between(firstDysregulated, o.at()));
      }
    }
    return Optional.empty();
  }
}
