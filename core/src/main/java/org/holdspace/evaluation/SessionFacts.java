package org.holdspace.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.evaluation.internal.EventTraits;
import org.holdspace.internal.ArrayView;
import org.holdspace.internal.Instants;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.timeline.Interval;
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
 */
public final class SessionFacts {
  /**
   * The order of the timeline: start, then end, then kind, then content; ids last, only between
   * events alike in everything else.
   */
  public static final Comparator<SessionEvent> TIME_ORDER = SessionFacts::compareInTime;

  private static int compareInTime(SessionEvent a, SessionEvent b) {
    int c = a.at().compareTo(b.at());
    if (c != 0) {
      return c;
    }
    c = a.end().compareTo(b.end());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(kindRank(a), kindRank(b));
    if (c != 0) {
      return c;
    }
    c = compareContent(a, b);
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  // The library's kinds, in the timeline's order of kinds at the same times
  private static final int REGULATION = 0;
  private static final int READINESS = 1;
  private static final int SUPPORT = 2;
  private static final int CONNECTION = 3;
  private static final int ACTIVITY = 4;
  private static final int ENVIRONMENT = 5;
  private static final int GOAL_ATTEMPT = 6;
  private static final int CAREGIVER_REPORT = 7;
  private static final int CAREGIVER_PRESENCE = 8;
  private static final int COACHING = 9;
  private static final int NOTE = 10;
  private static final int OTHER = 11;

  private static final Object[] NO_EVENTS = {};

  // What an event is besides its kind, for the lists drawn from several kinds
  private static final int IS_REGULATED = 1;
  private static final int IS_HARM = 2;
  private static final int IS_ACCEPTED = 4;
  private static final int IS_PRESENCE = 8;
  /** Not kept in the event's byte: whether a regulation observation is in crisis. */
  private static final int IS_CRISIS = 16;
  private static final int MARKS = IS_REGULATED | IS_HARM | IS_ACCEPTED | IS_PRESENCE;
  /** An event's kind and marks share one byte: the kind in the low bits, the marks above. */
  private static final int KIND_BITS = 4;
  private static final int KIND_MASK = (1 << KIND_BITS) - 1;

  /**
   * Each event class's kind, worked out once per class: a chain of interface checks per event
   * costs more than the rest of gathering the facts on the JVMs this library supports. The table
   * holds only classes of the library's own class loader (others go to a {@link ClassValue}, so
   * that the table never keeps another loader alive); it is replaced, never changed, when a class
   * is first met; beyond {@link #MAX_KNOWN_CLASSES} classes the kind is worked out each time.
   */
  private static volatile KnownClass[] knownClasses = new KnownClass[0];
  private static final int MAX_KNOWN_CLASSES = 64;

  private static final class KnownClass {
    final Class<?> type;
    final int kind;

    KnownClass(Class<?> type, int kind) {
      this.type = type;
      this.kind = kind;
    }
  }

  private static int kindRank(SessionEvent e) {
    Class<?> type = e.getClass();
    KnownClass[] known = knownClasses;
    for (KnownClass k : known) {
      if (k.type == type) {
        return k.kind;
      }
    }
    if (type.getClassLoader() != SessionFacts.class.getClassLoader()) {
      return OTHER_LOADERS.get(type); // never held strongly: a redeployed vendor's classes can go
    }
    int kind = kindOf(type);
    if (known.length < MAX_KNOWN_CLASSES) {
      KnownClass[] more = Arrays.copyOf(known, known.length + 1);
      more[known.length] = new KnownClass(type, kind);
      knownClasses = more; // a lost race only means a class is looked up again
    }
    return kind;
  }

  /** The kinds of classes from other class loaders than the library's, kept beside each class. */
  private static final ClassValue<Integer> OTHER_LOADERS = new ClassValue<>() {
    @Override
    protected Integer computeValue(Class<?> type) {
      return kindOf(type);
    }
  };

  /** The library's kinds, each at the index of its constant above. */
  private static final List<Class<?>> KINDS = List.of(RegulationObservation.class, ReadinessAssessment.class,
      SensorySupport.class, ConnectionObservation.class, Activity.class, EnvironmentFactor.class, GoalAttempt.class,
      CaregiverReport.class, CaregiverPresence.class, CaregiverCoaching.class, ClinicianNote.class);

  private static int kindOf(Class<?> type) {
    for (int k = 0; k < KINDS.size(); k++) {
      if (KINDS.get(k).isAssignableFrom(type)) {
        return k;
      }
    }
    return OTHER;
  }

  /** Orders events of one kind at the same times by what the rules read of them. */
  private static int compareContent(SessionEvent a, SessionEvent b) {
    if (a instanceof RegulationObservation && b instanceof RegulationObservation) {
      RegulationObservation x = (RegulationObservation) a;
      RegulationObservation y = (RegulationObservation) b;
      int c = x.band().compareTo(y.band());
      return c != 0 ? c : Integer.compare(modeRank(x), modeRank(y));
    }
    if (a instanceof ReadinessAssessment && b instanceof ReadinessAssessment) {
      return ((ReadinessAssessment) a).level().compareTo(((ReadinessAssessment) b).level());
    }
    if (a instanceof SensorySupport && b instanceof SensorySupport) {
      SensorySupport x = (SensorySupport) a;
      SensorySupport y = (SensorySupport) b;
      int c = x.response().compareTo(y.response());
      c = c != 0 ? c : Integer.compare(effectRank(x), effectRank(y));
      return c != 0 ? c : compareCodes(x.support(), y.support());
    }
    if (a instanceof Activity && b instanceof Activity) {
      int c = ((Activity) a).demand().compareTo(((Activity) b).demand());
      return c != 0 ? c : compareCodes(((Activity) a).activity(), ((Activity) b).activity());
    }
    if (a instanceof EnvironmentFactor && b instanceof EnvironmentFactor) {
      return compareCodes(((EnvironmentFactor) a).factor(), ((EnvironmentFactor) b).factor());
    }
    if (a instanceof ConnectionObservation && b instanceof ConnectionObservation) {
      return compareCodes(((ConnectionObservation) a).sign(), ((ConnectionObservation) b).sign());
    }
    if (a instanceof GoalAttempt && b instanceof GoalAttempt) {
      GoalAttempt x = (GoalAttempt) a;
      GoalAttempt y = (GoalAttempt) b;
      int c = Integer.compare(x.gasLevel().orElse(Integer.MIN_VALUE), y.gasLevel().orElse(Integer.MIN_VALUE));
      return c != 0 ? c : Integer.compare(x.outcome().map(Enum::ordinal).orElse(-1),
          y.outcome().map(Enum::ordinal).orElse(-1));
    }
    return 0;
  }

  private static int compareCodes(Code x, Code y) {
    int c = x.system().compareTo(y.system());
    return c != 0 ? c : x.code().compareTo(y.code());
  }

  private static int modeRank(RegulationObservation o) {
    return o.mode().map(Enum::ordinal).orElse(-1);
  }

  private static int effectRank(SensorySupport s) {
    return s.effect().map(Enum::ordinal).orElse(-1);
  }

  private final Session session;
  private final EvaluationConfig config;
  private final ClientHistory history;
  private final List<SessionEvent> timeline;
  // each list is made once, at its exact size, and is itself unmodifiable: the getters are called by every rule
  private final List<RegulationObservation> regulation;
  private final List<RegulationObservation> regulated;
  private final List<RegulationObservation> dysregulated;
  private final List<RegulationObservation> harm;
  private final List<SensorySupport> supports;
  private final List<SensorySupport> accepted;
  private final List<Activity> activities;
  private final List<EnvironmentFactor> environment;
  private final List<ReadinessAssessment> readiness;
  private final List<GoalAttempt> goalAttempts;
  private final List<ConnectionObservation> connections;
  private final List<CaregiverReport> caregiverReports;
  private final List<CaregiverPresence> caregiverPresence;
  private final List<CaregiverCoaching> coaching;
  private final List<SessionEvent> presence;
  private Overlaps<SessionEvent> presenceIndex;
  private final List<SessionEvent> unknown;
  private final List<Gain> gains;
  private final StartTimes regulationStarts;
  /** For each readiness assessment, when the first regulated observation after it began (null if none). */
  private final Instant[] regulatedAfterReadiness;
  private final StartTimes readinessStarts;
  private final List<SupportCredit> corroborated;
  private final List<SensorySupport> reportedOnly;
  private final List<SupportCredit> present;
  private final Duration regulatedTime;
  private final Duration dysregulatedTime;
  private final Optional<Duration> timeToRegulate;
  private final OptionalDouble regulatedShare;
  private final boolean crisis;
  private final Instant lastHarmEnd;
  private final boolean endsInCrisis;
  private final boolean endsRegulated;
  private final Optional<Gain> heldGain; // asked twice by the regulation rule: made once

  private SessionFacts(Session session, EvaluationConfig config, ClientHistory history) {
    this.session = session;
    this.config = config;
    this.history = history;
    this.timeline = inTimeOrder(session.events());
    int n = timeline.size();
    // First pass: each event's kind and what it is besides (one byte), and how many of each there are
    byte[] info = new byte[n];
    int[] bounds = new int[OTHER + 1];
    int regulatedCount = 0;
    int harmCount = 0;
    int acceptedCount = 0;
    int presenceCount = 0;
    boolean anyCrisis = false;
    Instant harmEnd = null;
    for (int i = 0; i < n; i++) {
      SessionEvent e = timeline.get(i);
      int kind = kindRank(e);
      if (kind != NOTE) {
        bounds[kind]++;
      }
      int mark = 0;
      if (kind == REGULATION) {
        RegulationObservation o = (RegulationObservation) e;
        int marks = regulationMarks(o, config);
        mark = marks & MARKS;
        if ((mark & IS_REGULATED) != 0) {
          regulatedCount++;
        }
        if ((mark & IS_HARM) != 0) {
          harmCount++;
        }
        if ((marks & IS_CRISIS) != 0) {
          anyCrisis = true;
        }
        if ((marks & (IS_HARM | IS_CRISIS)) != 0 && (harmEnd == null || o.end().isAfter(harmEnd))) {
          harmEnd = o.end();
        }
      } else if (kind == SUPPORT) {
        mark = supportMarks((SensorySupport) e);
        if ((mark & IS_ACCEPTED) != 0) {
          acceptedCount++;
        }
      } else if (kind == CONNECTION) {
        mark = IS_PRESENCE;
      }
      if ((mark & IS_PRESENCE) != 0) {
        presenceCount++;
      }
      info[i] = (byte) (kind | mark << KIND_BITS);
    }
    // Second pass, backwards: the events of each kind as one run of one array, grouped by kind, and
    // the events of each derived list as one run of another; each run in time order. bounds[k]
    // counts down from the end of kind k's run to its start.
    int grouped = 0;
    for (int k = 0; k <= OTHER; k++) {
      grouped += bounds[k];
      bounds[k] = grouped;
    }
    int dysregulatedCount = bounds[REGULATION] - regulatedCount;
    Object[] byKind = grouped == 0 ? NO_EVENTS : new Object[grouped];
    int derived = regulatedCount + dysregulatedCount + harmCount + acceptedCount + presenceCount;
    Object[] marked = derived == 0 ? NO_EVENTS : new Object[derived];
    int r = regulatedCount;
    int d = r + dysregulatedCount;
    int h = d + harmCount;
    int a = h + acceptedCount;
    int p = derived;
    for (int i = n - 1; i >= 0; i--) {
      SessionEvent e = timeline.get(i);
      int kind = info[i] & KIND_MASK;
      int mark = (info[i] & 0xFF) >> KIND_BITS;
      if (kind != NOTE) {
        byKind[--bounds[kind]] = e;
      }
      if (kind == REGULATION) {
        if ((mark & IS_REGULATED) != 0) {
          marked[--r] = e;
        } else {
          marked[--d] = e;
        }
        if ((mark & IS_HARM) != 0) {
          marked[--h] = e;
        }
      }
      if ((mark & IS_ACCEPTED) != 0) {
        marked[--a] = e;
      }
      if ((mark & IS_PRESENCE) != 0) {
        marked[--p] = e;
      }
    }
    // now bounds[k] is where kind k's run starts, and r, d, h, a, p where each derived run starts
    this.regulation = ofKind(byKind, bounds, REGULATION);
    this.regulated = ArrayView.slice(marked, r, d);
    this.dysregulated = ArrayView.slice(marked, d, h);
    this.harm = ArrayView.slice(marked, h, a);
    this.supports = ofKind(byKind, bounds, SUPPORT);
    this.accepted = ArrayView.slice(marked, a, p);
    this.activities = ofKind(byKind, bounds, ACTIVITY);
    this.environment = ofKind(byKind, bounds, ENVIRONMENT);
    this.readiness = ofKind(byKind, bounds, READINESS);
    this.goalAttempts = ofKind(byKind, bounds, GOAL_ATTEMPT);
    this.connections = ofKind(byKind, bounds, CONNECTION);
    this.caregiverReports = ofKind(byKind, bounds, CAREGIVER_REPORT);
    this.caregiverPresence = ofKind(byKind, bounds, CAREGIVER_PRESENCE);
    this.coaching = ofKind(byKind, bounds, COACHING);
    this.presence = ArrayView.slice(marked, p, derived);
    this.unknown = ofKind(byKind, bounds, OTHER);
    this.regulationStarts = StartTimes.of(regulation);
    this.regulatedAfterReadiness = new Instant[readiness.size()];
    int j = 0;
    for (int i = 0; i < readiness.size(); i++) {
      Instant assessed = readiness.get(i).at();
      while (j < regulated.size() && !regulated.get(j).at().isAfter(assessed)) {
        j++;
      }
      regulatedAfterReadiness[i] = j < regulated.size() ? regulated.get(j).at() : null;
    }
    this.readinessStarts = StartTimes.of(readiness);
    this.crisis = anyCrisis;
    this.lastHarmEnd = harmEnd;
    this.regulatedTime = Overlaps.unionLength(regulated, null);
    this.dysregulatedTime = Overlaps.unionLength(dysregulated, null);
    this.timeToRegulate = findTimeToRegulate(regulation);
    this.regulatedShare = findRegulatedShare();
    Instant lastEnd = null;
    for (int i = 0; i < regulation.size(); i++) {
      Instant end = regulation.get(i).end();
      if (lastEnd == null || end.isAfter(lastEnd)) {
        lastEnd = end;
      }
    }
    boolean anyCrisisAtEnd = false;
    boolean allRegulatedAtEnd = lastEnd != null;
    for (int i = 0; i < regulation.size(); i++) {
      RegulationObservation o = regulation.get(i);
      if (o.end().equals(lastEnd)) {
        anyCrisisAtEnd |= o.band() == ArousalBand.CRISIS;
        allRegulatedAtEnd &= o.band().isRegulated();
      }
    }
    this.endsInCrisis = anyCrisisAtEnd;
    this.endsRegulated = allRegulatedAtEnd;
    this.gains = findGains(regulation);
    this.heldGain = Optional.ofNullable(findHeldGain());
    // reports of help, in one array: the corroborated from the front, the others from the back
    // (reversed into time order once all are in)
    int helped = accepted.size();
    Object[] reports = helped == 0 ? NO_EVENTS : new Object[helped];
    int c = 0;
    int o = helped;
    for (int i = 0; i < accepted.size(); i++) {
      SensorySupport s = accepted.get(i);
      if (EventTraits.effect(s) != SupportEffect.HELPED) {
        continue;
      }
      RegulationObservation agreeing = corroborating(s);
      if (agreeing != null) {
        reports[c++] = new SupportCredit(s, agreeing);
      } else {
        reports[--o] = s;
      }
    }
    for (int lo = o, hi = helped - 1; lo < hi; lo++, hi--) {
      Object swap = reports[lo];
      reports[lo] = reports[hi];
      reports[hi] = swap;
    }
    this.corroborated = ArrayView.slice(reports, 0, c);
    this.reportedOnly = ArrayView.slice(reports, o, helped);
    this.present = findSupportsPresent();
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
    return regulation;
  }

  /** @return the sensory supports offered, accepted or declined, in time order */
  public List<SensorySupport> supports() {
    return supports;
  }

  /** @return the sensory supports the child accepted, in time order */
  public List<SensorySupport> acceptedSupports() {
    return accepted;
  }

  /** @return the activities, in time order */
  public List<Activity> activities() {
    return activities;
  }

  /** @return the environment factors, in time order */
  public List<EnvironmentFactor> environment() {
    return environment;
  }

  /** @return the readiness assessments, in time order */
  public List<ReadinessAssessment> readiness() {
    return readiness;
  }

  /** @return the goal attempts, in time order */
  public List<GoalAttempt> goalAttempts() {
    return goalAttempts;
  }

  /** @return the connection observations, in time order */
  public List<ConnectionObservation> connections() {
    return connections;
  }

  /** @return what caregivers reported, in time order */
  public List<CaregiverReport> caregiverReports() {
    return caregiverReports;
  }

  /** @return caregivers present or joining, in time order */
  public List<CaregiverPresence> caregiverPresence() {
    return caregiverPresence;
  }

  /** @return coaching given to caregivers, in time order */
  public List<CaregiverCoaching> coaching() {
    return coaching;
  }

  /**
   * Presence, in time order: co-regulated observations, accepted supports whose effect was not
   * "made it worse", and connection signs. A declined offer is never presence on its own.
   *
   * @return the presence events
   */
  public List<SessionEvent> presence() {
    return presence;
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
      index = new Overlaps<>(presence);
      presenceIndex = index;
    }
    return index;
  }

  /** @return the events of kinds the library does not know (a vendor's), in time order, untouched */
  public List<SessionEvent> unknownEvents() {
    return unknown;
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
    return regulatedTime;
  }

  /**
   * The time covered by regulated observations from the start of the first dysregulated
   * observation on, overlaps counted once; zero if the child was never seen dysregulated.
   *
   * @return the regulated time after being dysregulated
   */
  public Duration regulatedTimeAfterDysregulation() {
    return dysregulated.isEmpty() ? Duration.ZERO : Overlaps.unionLength(regulated, dysregulated.get(0).at());
  }

  /** @return the time covered by observations of any band but regulated, overlaps counted once */
  public Duration dysregulatedTime() {
    return dysregulatedTime;
  }

  /**
   * The share of the session observed as regulated, 0 to 1; empty for a session of no length or
   * one with no regulation observation (nothing seen is not the same as never regulated).
   *
   * @return the regulated share
   */
  public OptionalDouble regulatedShare() {
    return regulatedShare;
  }

  private OptionalDouble findRegulatedShare() {
    if (regulation.isEmpty()) {
      return OptionalDouble.empty();
    }
    Interval actual = session.actual().orElse(null);
    long total = actual == null ? 0 : Instants.millisBetween(actual.start(), actual.end());
    return total <= 0 ? OptionalDouble.empty()
        : OptionalDouble.of(Math.min(1.0, regulatedTime.toMillis() / (double) total));
  }

  /**
   * From the start of the first dysregulated observation to the start of the first regulated
   * observation after it; empty if the child was never seen dysregulated, or never seen regulated
   * afterwards (see {@link #neverRegulated()}).
   *
   * @return the time to regulate
   */
  public Optional<Duration> timeToRegulate() {
    return timeToRegulate;
  }

  /** @return whether the child was seen dysregulated and never seen regulated afterwards */
  public boolean neverRegulated() {
    return !dysregulated.isEmpty() && timeToRegulate.isEmpty();
  }

  /** @return whether any observation was of a crisis */
  public boolean hadCrisis() {
    return crisis;
  }

  /** @return whether any observation showed a harm sign ({@link EvaluationConfig#harmSigns()}) */
  public boolean hadHarmSign() {
    return !harm.isEmpty();
  }

  /** @return whether there was harm: a harm sign, or the crisis band */
  public boolean hadHarm() {
    return crisis || !harm.isEmpty();
  }

  /** @return the observations that showed a harm sign, in time order */
  public List<RegulationObservation> harmObservations() {
    return harm;
  }

  /**
   * When the last harm (a harm sign or the crisis band) ended; safety evidence counts only from
   * then on. Empty if there was no harm.
   *
   * @return the end of the last harm
   */
  public Optional<Instant> lastHarmEnd() {
    return Optional.ofNullable(lastHarmEnd);
  }

  /**
   * Whether evidence at {@code instant} counts for safety: there was no harm, or it is at or after
   * the end of the last harm.
   *
   * @param instant a moment of the session
   * @return whether it lies after the last harm
   */
  public boolean isAfterLastHarm(Instant instant) {
    return lastHarmEnd == null || !instant.isBefore(lastHarmEnd);
  }

  /** @return whether the child ended the session in crisis (an observation that ends last is of a crisis) */
  public boolean endsInCrisis() {
    return endsInCrisis;
  }

  /** @return whether the child ended the session regulated (every observation that ends last is regulated) */
  public boolean endsRegulated() {
    return endsRegulated;
  }

  /** @return whether any observation was of a band other than regulated */
  public boolean wasDysregulated() {
    return !dysregulated.isEmpty();
  }

  /** @return the regulated observations, in time order */
  public List<RegulationObservation> regulated() {
    return regulated;
  }

  /** @return the observations of any band but regulated, in time order */
  public List<RegulationObservation> dysregulated() {
    return dysregulated;
  }

  /**
   * Every move toward regulated, in the time order of the observation moved to: each observation
   * that is toward regulated from an earlier dysregulated one, paired with the latest such one.
   *
   * @return the gains
   */
  public List<Gain> gains() {
    return gains;
  }

  /**
   * The first move toward regulated that held: no later observation is further from regulated
   * than the one moved to.
   *
   * @return the gain that held, if any
   */
  public Optional<Gain> heldGain() {
    return heldGain;
  }

  /**
   * Accepted supports reported as helping that a later observation agrees with: an observation
   * toward regulated begins while the support lasts or within {@link
   * EvaluationConfig#corroborationWindow()} after it. In time order of the supports.
   *
   * @return the corroborated reports, each with the agreeing observation
   */
  public List<SupportCredit> corroboratedHelp() {
    return corroborated;
  }

  /**
   * Accepted supports reported as helping that no later observation agrees with: kept as reported,
   * never counted as evidence.
   *
   * @return the reports not corroborated, in time order
   */
  public List<SensorySupport> reportedHelpNotCorroborated() {
    return reportedOnly;
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
    return present;
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
    return Optional.ofNullable(readinessInForce(instant));
  }

  /**
   * Whether the readiness in force at {@code instant} ({@link #readinessAt}) is "not ready".
   *
   * @param instant a moment of the session
   * @return whether the child was judged not ready then
   */
  public boolean isNotReadyAt(Instant instant) {
    ReadinessAssessment r = readinessInForce(instant);
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
    int i = regulationStarts.lastAtOrBefore(instant);
    return i < 0 ? Optional.empty() : Optional.of(regulation.get(i).band());
  }

  private ReadinessAssessment readinessInForce(Instant instant) {
    int i = readinessStarts.lastAtOrBefore(instant);
    if (i < 0) {
      return null;
    }
    Instant regulatedAfter = regulatedAfterReadiness[i];
    if (regulatedAfter != null && !regulatedAfter.isAfter(instant)) {
      return null;
    }
    return readiness.get(i);
  }

  /** What a regulation observation is besides its kind, and {@link #IS_CRISIS} if in crisis. */
  private static int regulationMarks(RegulationObservation o, EvaluationConfig config) {
    int mark = 0;
    if (o.band().isRegulated()) {
      mark |= IS_REGULATED;
    } else if (o.band() == ArousalBand.CRISIS) {
      mark |= IS_CRISIS;
    }
    if (hasHarmSign(o, config)) {
      mark |= IS_HARM;
    }
    if (EventTraits.mode(o) == RegulationMode.CO_REGULATED) {
      mark |= IS_PRESENCE;
    }
    return mark;
  }

  /** What a sensory support is besides its kind. */
  private static int supportMarks(SensorySupport s) {
    if (s.response() != SupportResponse.ACCEPTED) {
      return 0;
    }
    return EventTraits.effect(s) == SupportEffect.MADE_WORSE ? IS_ACCEPTED : IS_ACCEPTED | IS_PRESENCE;
  }

  /** The run of kind {@code kind} in {@code byKind}, given where each kind's run starts. */
  private static <T> List<T> ofKind(Object[] byKind, int[] starts, int kind) {
    return ArrayView.slice(byKind, starts[kind], kind == OTHER ? byKind.length : starts[kind + 1]);
  }

  private static boolean hasHarmSign(RegulationObservation o, EvaluationConfig config) {
    if (o.signs().isEmpty()) {
      return false; // most observations: no iterator made
    }
    if (config.harmSignsAreDefault()) {
      int shows = EventTraits.showsDefaultHarmSign(o); // a library observation worked it out when made
      if (shows >= 0) {
        return shows == 1;
      }
    }
    List<Code> harmSigns = config.harmSignList();
    for (Code sign : o.signs()) {
      for (int i = 0; i < harmSigns.size(); i++) {
        if (harmSigns.get(i).isSameConcept(sign)) {
          return true;
        }
      }
    }
    return false;
  }


  private static List<Gain> findGains(List<RegulationObservation> regulation) {
    int n = gains(regulation, null);
    if (n == 0) {
      return List.of();
    }
    Object[] found = new Object[n];
    gains(regulation, found);
    return ArrayView.owningNonNull(found, n);
  }

  /**
   * Puts the gains of {@code regulation} into {@code into}, or only counts them if it is null.
   *
   * @return how many there are
   */
  private static int gains(List<RegulationObservation> regulation, Object[] into) {
    int n = 0;
    RegulationObservation lastDysregulated = null;
    RegulationObservation lastCrisis = null;
    for (int i = 0; i < regulation.size(); i++) {
      RegulationObservation o = regulation.get(i);
      RegulationObservation from = null;
      if (o.band().isRegulated()) {
        from = lastDysregulated;
      } else if (lastCrisis != null && o.band().isTowardRegulatedFrom(ArousalBand.CRISIS)) {
        from = lastCrisis;
      }
      if (from != null) {
        if (into != null) {
          into[n] = new Gain(from, o);
        }
        n++;
      }
      if (!o.band().isRegulated()) {
        lastDysregulated = o;
      }
      if (o.band() == ArousalBand.CRISIS) {
        lastCrisis = o;
      }
    }
    return n;
  }


  private Gain findHeldGain() {
    // backwards, knowing the furthest distance from regulated of any observation after this one;
    // the last gain found that held is the first in time
    Gain held = null;
    int furthestAfter = -1;
    int g = gains.size() - 1;
    for (int i = regulation.size() - 1; i >= 0 && g >= 0; i--) {
      RegulationObservation o = regulation.get(i);
      int distance = o.band().distanceFromRegulated();
      if (o == gains.get(g).to()) {
        if (furthestAfter <= distance) {
          held = gains.get(g);
        }
        g--;
      }
      furthestAfter = Math.max(furthestAfter, distance);
    }
    return held;
  }


  /** The first observation toward regulated that agrees with an accepted support reported as helping, or null. */
  private RegulationObservation corroborating(SensorySupport s) {
    int i = firstGainStartingAtOrAfter(s.at());
    if (i < gains.size() && !Instants.isAfterShifted(gains.get(i).to().at(), s.end(), config.corroborationWindow())) {
      return gains.get(i).to();
    }
    return null;
  }

  private int firstGainStartingAtOrAfter(Instant instant) {
    int lo = 0;
    int hi = gains.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (gains.get(mid).to().at().isBefore(instant)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Credits each accepted support at the first gain that starts at or after it, if the support
   * lasts until then or ended at most the credit window before; a support expired at its first
   * gain is never credited (supports and gains are both in time order, so each support is met
   * once).
   */
  private List<SupportCredit> findSupportsPresent() {
    if (gains.isEmpty() || accepted.isEmpty()) {
      return List.of();
    }
    Object[] credits = new Object[accepted.size()];
    int n = 0;
    int next = 0;
    for (Gain g : gains) {
      Instant at = g.to().at();
      while (next < accepted.size() && !accepted.get(next).at().isAfter(at)) {
        SensorySupport s = accepted.get(next++);
        // the support ended at most the credit window before: at <= its end + the window
        if (!Instants.isAfterShifted(at, s.end(), config.creditWindow())) {
          credits[n++] = new SupportCredit(s, g.to());
        }
      }
    }
    return ArrayView.owningNonNull(credits, n);
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
