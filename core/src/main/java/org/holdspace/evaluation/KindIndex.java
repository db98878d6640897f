package org.holdspace.evaluation;

import java.time.Instant;
import java.util.List;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.Handover;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.evaluation.internal.EventTraits;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.internal.ArrayView;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.EventKind;
import org.holdspace.timeline.SessionEvent;

/**
 * The index of kinds of {@link SessionFacts}: the events of each library kind, and the lists drawn
 * from several kinds (regulated, dysregulated, harm, accepted supports, presence), each in time
 * order, made in two passes over the timeline. Each list is a run of one of two shared arrays,
 * made once at its exact size and itself unmodifiable: every rule calls the getters.
 */
final class KindIndex {
  private static final int REGULATION = EventKind.REGULATION.ordinal();
  private static final int SUPPORT = EventKind.SENSORY_SUPPORT.ordinal();
  private static final int CONNECTION = EventKind.CONNECTION.ordinal();
  private static final int NOTE = EventKind.CLINICIAN_NOTE.ordinal();
  private static final int OTHER = EventOrder.OTHER;
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

  final List<RegulationObservation> regulation;
  final List<RegulationObservation> regulated;
  final List<RegulationObservation> dysregulated;
  final List<RegulationObservation> harm;
  final List<SensorySupport> supports;
  final List<SensorySupport> accepted;
  final List<Activity> activities;
  final List<EnvironmentFactor> environment;
  final List<ReadinessAssessment> readiness;
  final List<GoalAttempt> goalAttempts;
  final List<ConnectionObservation> connections;
  final List<CaregiverReport> caregiverReports;
  final List<CaregiverPresence> caregiverPresence;
  final List<CaregiverCoaching> coaching;
  final List<IncidentRecord> incidentRecords;
  final List<Handover> handovers;
  final List<SessionEvent> presence;
  final List<SessionEvent> unknown;
  /** Whether any observation was of a crisis. */
  final boolean crisis;
  /** When the last harm (a harm sign or the crisis band) ended; null if none. */
  final Instant lastHarmEnd;

  KindIndex(List<SessionEvent> timeline, EvaluationConfig config) {
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
      int kind = EventOrder.kindIndex(e);
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
    this.regulation = ofKind(byKind, bounds, EventKind.REGULATION);
    this.regulated = ArrayView.slice(marked, r, d);
    this.dysregulated = ArrayView.slice(marked, d, h);
    this.harm = ArrayView.slice(marked, h, a);
    this.supports = ofKind(byKind, bounds, EventKind.SENSORY_SUPPORT);
    this.accepted = ArrayView.slice(marked, a, p);
    this.activities = ofKind(byKind, bounds, EventKind.ACTIVITY);
    this.environment = ofKind(byKind, bounds, EventKind.ENVIRONMENT_FACTOR);
    this.readiness = ofKind(byKind, bounds, EventKind.READINESS);
    this.goalAttempts = ofKind(byKind, bounds, EventKind.GOAL_ATTEMPT);
    this.connections = ofKind(byKind, bounds, EventKind.CONNECTION);
    this.caregiverReports = ofKind(byKind, bounds, EventKind.CAREGIVER_REPORT);
    this.caregiverPresence = ofKind(byKind, bounds, EventKind.CAREGIVER_PRESENCE);
    this.coaching = ofKind(byKind, bounds, EventKind.CAREGIVER_COACHING);
    this.incidentRecords = ofKind(byKind, bounds, EventKind.INCIDENT_RECORD);
    this.handovers = ofKind(byKind, bounds, EventKind.HANDOVER);
    this.presence = ArrayView.slice(marked, p, derived);
    this.unknown = ArrayView.slice(byKind, bounds[OTHER], byKind.length);
    this.crisis = anyCrisis;
    this.lastHarmEnd = harmEnd;
  }

  /** The run of {@code kind} in {@code byKind}, given where each kind's run starts. */
  private static <T> List<T> ofKind(Object[] byKind, int[] starts, EventKind kind) {
    return ArrayView.slice(byKind, starts[kind.ordinal()], starts[kind.ordinal() + 1]);
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
}
