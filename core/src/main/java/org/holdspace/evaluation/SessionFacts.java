package org.holdspace.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.Handover;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.Session;
import org.holdspace.timeline.Overlaps;
import org.holdspace.timeline.SessionEvent;

/**
 * The facts of one session, gathered once and shared read-only by every rule: the timeline in
 * time order, the events of each library kind, and the measures of the standard rule set
 * (version 2): harm and the end of the last harm, moves toward regulated, presence, supports
 * credited with regulation, readiness at a moment, regulated time and time to regulate.
 *
 * <p>The order in which a session lists its events makes no difference: events are ordered by
 * start, then end, then what they are (their kind, then their content); ids break a tie only
 * between events that are alike in everything but their ids, so renaming ids changes nothing but
 * the ids cited as evidence.
 *
 * <pre>{@code
 * SessionFacts facts = SessionFacts.of(session, EvaluationConfig.defaults(), ClientHistory.none());
 * facts.timeToRegulate(); // Optional[PT46M] for the hard-day scenario
 * facts.heldGain();       // the move toward regulated that held to the end, if any
 * }</pre>
 *
 * <p>Immutable once made, and safe to read from several threads.
 *
 * <p>This class is the rules' one view of a session, so it is long: its public methods are one
 * getter each, with their documentation. The work is done, once per session, by package-private
 * parts along the seams of the facts: the order of events ({@code EventOrder}), the index of
 * kinds ({@code KindIndex}), the regulation measures ({@code RegulationMeasures}), the supports'
 * credits ({@code SupportCredits}) and readiness at a moment ({@code ReadinessInForce}).
 */
public final class SessionFacts {
  /**
   * The order of the timeline: start, then end, then kind, then content; ids last, only between
   * events alike in everything else.
   */
  public static final Comparator<SessionEvent> TIME_ORDER = EventOrder::compare;

  private final Session session;
  private final EvaluationConfig config;
  private final ClientHistory history;
  private final List<SessionEvent> timeline;
  // the facts' parts, along their seams; each made once, with the facts
  private final KindIndex kinds;
  private final RegulationMeasures measures;
  private final SupportCredits credits;
  private final ReadinessInForce readinessInForce;
  private Overlaps<SessionEvent> presenceIndex;

  private SessionFacts(Session session, EvaluationConfig config, ClientHistory history) {
    this.session = session;
    this.config = config;
    this.history = history;
    this.timeline = EventOrder.inTimeOrder(session.events());
    this.kinds = new KindIndex(timeline, config);
    this.measures = new RegulationMeasures(kinds, session.actual());
    this.credits = new SupportCredits(kinds.accepted, measures.gains, config);
    this.readinessInForce = new ReadinessInForce(kinds.readiness, kinds.regulated);
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

  /** @return the session */
  public Session session() {
    return session;
  }

  /** @return the thresholds in force */
  public EvaluationConfig config() {
    return config;
  }

  /** @return what is known of the child's recent sessions */
  public ClientHistory history() {
    return history;
  }

  /** @return every event, in time order */
  public List<SessionEvent> timeline() {
    return timeline;
  }

  /** @return the regulation observations, in time order */
  public List<RegulationObservation> regulation() {
    return kinds.regulation;
  }

  /** @return the sensory supports offered, accepted or declined, in time order */
  public List<SensorySupport> supports() {
    return kinds.supports;
  }

  /** @return the sensory supports the child accepted, in time order */
  public List<SensorySupport> acceptedSupports() {
    return kinds.accepted;
  }

  /** @return the activities, in time order */
  public List<Activity> activities() {
    return kinds.activities;
  }

  /** @return the environment factors, in time order */
  public List<EnvironmentFactor> environment() {
    return kinds.environment;
  }

  /** @return the readiness assessments, in time order */
  public List<ReadinessAssessment> readiness() {
    return kinds.readiness;
  }

  /** @return the goal attempts, in time order */
  public List<GoalAttempt> goalAttempts() {
    return kinds.goalAttempts;
  }

  /** @return the connection observations, in time order */
  public List<ConnectionObservation> connections() {
    return kinds.connections;
  }

  /** @return what caregivers reported, in time order */
  public List<CaregiverReport> caregiverReports() {
    return kinds.caregiverReports;
  }

  /** @return caregivers present or joining, in time order */
  public List<CaregiverPresence> caregiverPresence() {
    return kinds.caregiverPresence;
  }

  /** @return coaching given to caregivers, in time order */
  public List<CaregiverCoaching> coaching() {
    return kinds.coaching;
  }

  /** @return the clinician's incident records, in time order */
  public List<IncidentRecord> incidentRecords() {
    return kinds.incidentRecords;
  }

  /** @return the handovers, in time order */
  public List<Handover> handovers() {
    return kinds.handovers;
  }

  /**
   * Presence, in time order: co-regulated observations, accepted supports whose effect was not
   * "made it worse", and connection signs. A declined offer is never presence on its own.
   *
   * @return the presence events
   */
  public List<SessionEvent> presence() {
    return kinds.presence;
  }

  /**
   * {@link #presence()} as an index for the questions rules ask of it ("was the child met with
   * presence near this moment?"), made once, when first asked for.
   *
   * <pre>{@code
   * boolean met = facts.presenceIndex().indexOfAnyWithin(facts.dysregulated().get(0).at(), Duration.ofMinutes(5)) >= 0;
   * }</pre>
   *
   * @return the index
   */
  public Overlaps<SessionEvent> presenceIndex() {
    Overlaps<SessionEvent> index = presenceIndex;
    if (index == null) { // a racy single check: an index is immutable, and any two are equal
      index = new Overlaps<>(kinds.presence);
      presenceIndex = index;
    }
    return index;
  }

  /** @return the events of kinds the library does not know (a vendor's), in time order, untouched */
  public List<SessionEvent> unknownEvents() {
    return kinds.unknown;
  }

  /**
   * The events of one type, for vendor rules over their own event types.
   *
   * @param <T> the type
   * @param type the class of the type
   * @return the events of that type, in time order
   */
  public <T extends SessionEvent> List<T> eventsOf(Class<T> type) {
    List<T> found = new ArrayList<>();
    for (SessionEvent e : timeline) {
      if (type.isInstance(e)) {
        found.add(type.cast(e));
      }
    }
    return found;
  }

  /** @return how long the session actually lasted; zero if it did not take place */
  public Duration sessionLength() {
    return session.actual().map(a -> a.length()).orElse(Duration.ZERO);
  }

  /** @return the time covered by regulated observations, overlaps counted once */
  public Duration regulatedTime() {
    return measures.regulatedTime;
  }

  /**
   * The time covered by regulated observations from the start of the first dysregulated
   * observation on, overlaps counted once; zero if the child was never seen dysregulated.
   *
   * @return the regulated time after being dysregulated
   */
  public Duration regulatedTimeAfterDysregulation() {
    return kinds.dysregulated.isEmpty() ? Duration.ZERO
        : Overlaps.unionLength(kinds.regulated, kinds.dysregulated.get(0).at());
  }

  /** @return the time covered by observations of any band but regulated, overlaps counted once */
  public Duration dysregulatedTime() {
    return measures.dysregulatedTime;
  }

  /**
   * The share of the session observed as regulated, 0 to 1; empty for a session of no length or
   * one with no regulation observation (nothing seen is not the same as never regulated).
   *
   * @return the regulated share
   */
  public OptionalDouble regulatedShare() {
    return measures.regulatedShare;
  }


  /**
   * From the start of the first dysregulated observation to the start of the first regulated
   * observation after it; empty if the child was never seen dysregulated, or never seen regulated
   * afterwards (see {@link #neverRegulated()}).
   *
   * @return the time to regulate
   */
  public Optional<Duration> timeToRegulate() {
    return measures.timeToRegulate;
  }

  /** @return whether the child was seen dysregulated and never seen regulated afterwards */
  public boolean neverRegulated() {
    return !kinds.dysregulated.isEmpty() && measures.timeToRegulate.isEmpty();
  }

  /** @return whether any observation was of a crisis */
  public boolean hadCrisis() {
    return kinds.crisis;
  }

  /** @return whether any observation showed a harm sign ({@link EvaluationConfig#harmSigns()}) */
  public boolean hadHarmSign() {
    return !kinds.harm.isEmpty();
  }

  /** @return whether there was harm: a harm sign, or the crisis band */
  public boolean hadHarm() {
    return kinds.crisis || !kinds.harm.isEmpty();
  }

  /** @return the observations that showed a harm sign, in time order */
  public List<RegulationObservation> harmObservations() {
    return kinds.harm;
  }

  /**
   * When the last harm (a harm sign or the crisis band) ended; safety evidence counts only from
   * then on. Empty if there was no harm.
   *
   * @return the end of the last harm
   */
  public Optional<Instant> lastHarmEnd() {
    return Optional.ofNullable(kinds.lastHarmEnd);
  }

  /**
   * Whether evidence at {@code instant} counts for safety: there was no harm, or it is at or after
   * the end of the last harm.
   *
   * @param instant a moment of the session
   * @return whether it lies after the last harm
   */
  public boolean isAfterLastHarm(Instant instant) {
    return kinds.lastHarmEnd == null || !instant.isBefore(kinds.lastHarmEnd);
  }

  /** @return whether the child ended the session in crisis (an observation that ends last is of a crisis) */
  public boolean endsInCrisis() {
    return measures.endsInCrisis;
  }

  /** @return whether the child ended the session regulated (every observation that ends last is regulated) */
  public boolean endsRegulated() {
    return measures.endsRegulated;
  }

  /** @return the observations that end last (the state the session ended in), in time order; empty without observations */
  public List<RegulationObservation> observationsAtEnd() {
    return measures.atEnd;
  }

  /** @return whether any observation was of a band other than regulated */
  public boolean wasDysregulated() {
    return !kinds.dysregulated.isEmpty();
  }

  /** @return the regulated observations, in time order */
  public List<RegulationObservation> regulated() {
    return kinds.regulated;
  }

  /** @return the observations of any band but regulated, in time order */
  public List<RegulationObservation> dysregulated() {
    return kinds.dysregulated;
  }

  /**
   * Every move toward regulated, in the time order of the observation moved to: each observation
   * that is toward regulated from an earlier dysregulated one, paired with the latest such one.
   *
   * @return the gains
   */
  public List<Gain> gains() {
    return measures.gains;
  }

  /**
   * The first move toward regulated that held: no later observation is further from regulated
   * than the one moved to.
   *
   * @return the gain that held, if any
   */
  public Optional<Gain> heldGain() {
    return measures.heldGain;
  }

  /**
   * Accepted supports reported as helping that a later observation agrees with: an observation
   * toward regulated begins while the support lasts or within {@link
   * EvaluationConfig#corroborationWindow()} after it. In time order of the supports.
   *
   * @return the corroborated reports, each with the agreeing observation
   */
  public List<SupportCredit> corroboratedHelp() {
    return credits.corroborated;
  }

  /**
   * Accepted supports reported as helping that no later observation agrees with: kept as reported,
   * never counted as evidence.
   *
   * @return the reports not corroborated, in time order
   */
  public List<SensorySupport> reportedHelpNotCorroborated() {
    return credits.reportedOnly;
  }

  /**
   * Accepted supports present when regulation came: each whose time covers, or ended within {@link
   * EvaluationConfig#creditWindow()} before, the start of an observation toward regulated, whether
   * or not an effect was recorded. Each support once, with the first such observation; in time
   * order of the supports.
   *
   * @return the credited supports
   */
  public List<SupportCredit> supportsPresentWhenRegulationCame() {
    return credits.present;
  }

  /**
   * The readiness assessment in force at {@code instant}: the latest at or before it, unless a
   * regulated observation began after that assessment and at or before {@code instant}; then
   * readiness is unknown (empty), not "not ready".
   *
   * @param instant a moment of the session
   * @return the assessment in force, if any
   */
  public Optional<ReadinessAssessment> readinessAt(Instant instant) {
    return Optional.ofNullable(readinessInForce.at(instant));
  }

  /**
   * Whether the readiness in force at {@code instant} ({@link #readinessAt}) is "not ready".
   *
   * @param instant a moment of the session
   * @return whether the child was judged not ready then
   */
  public boolean isNotReadyAt(Instant instant) {
    ReadinessAssessment r = readinessInForce.at(instant);
    return r != null && r.level() == ReadinessLevel.NOT_READY;
  }

  /**
   * The child's state at {@code instant}: the band of the latest regulation observation that began
   * at or before it; empty if none had.
   *
   * @param instant a moment of the session
   * @return the band, if known
   */
  public Optional<ArousalBand> stateAt(Instant instant) {
    return measures.stateAt(instant);
  }

}
