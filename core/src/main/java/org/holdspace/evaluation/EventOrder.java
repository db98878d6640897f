package org.holdspace.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.EventKind;
import org.holdspace.timeline.SessionEvent;

/**
 * The order of the timeline ({@link SessionFacts#TIME_ORDER}): start, then end, then kind (in
 * {@link EventKind}'s order, a vendor's own kinds last), then content; ids last, only between
 * events alike in everything else, so that renaming ids changes nothing but the ids cited. Also
 * each event's kind as an index, worked out once per class.
 */
final class EventOrder {
  /** The index of events of no library kind (a vendor's): after every library kind. */
  static final int OTHER = EventKind.values().length;

  /**
   * Each event class's kind, worked out once per class: a chain of interface checks per event
   * costs more than the rest of gathering the facts on the JVMs this library supports. The table
   * holds only classes of the library's own class loader (others go to a {@link ClassValue}, so
   * that the table never keeps another loader alive); it is replaced, never changed, when a class
   * is first met; beyond {@link #MAX_KNOWN_CLASSES} classes the kind is worked out each time.
   */
  private static volatile KnownClass[] knownClasses = new KnownClass[0];
  private static final int MAX_KNOWN_CLASSES = 64;

  /** The kinds of classes from other class loaders than the library's, kept beside each class. */
  private static final ClassValue<Integer> OTHER_LOADERS = new ClassValue<>() {
    @Override
    protected Integer computeValue(Class<?> type) {
      return kindOf(type);
    }
  };

  private static final class KnownClass {
    final Class<?> type;
    final int kind;

    KnownClass(Class<?> type, int kind) {
      this.type = type;
      this.kind = kind;
    }
  }

  private EventOrder() {}

  /** {@link SessionFacts#TIME_ORDER}. */
  static int compare(SessionEvent a, SessionEvent b) {
    int c = a.at().compareTo(b.at());
    if (c != 0) {
      return c;
    }
    c = a.end().compareTo(b.end());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(kindIndex(a), kindIndex(b));
    if (c != 0) {
      return c;
    }
    c = compareContent(a, b);
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  /** The events in time order: the list itself when it already is (the common case), else a sorted copy. */
  static List<SessionEvent> inTimeOrder(List<SessionEvent> events) {
    for (int i = 1; i < events.size(); i++) {
      if (compare(events.get(i - 1), events.get(i)) > 0) {
        List<SessionEvent> sorted = new ArrayList<>(events);
        sorted.sort(EventOrder::compare);
        return Collections.unmodifiableList(sorted);
      }
    }
    return Collections.unmodifiableList(events);
  }

  /** {@return the ordinal of {@code e}'s {@link EventKind}, or {@link #OTHER}} */
  static int kindIndex(SessionEvent e) {
    Class<?> type = e.getClass();
    KnownClass[] known = knownClasses;
    for (KnownClass k : known) {
      if (k.type == type) {
        return k.kind;
      }
    }
    if (type.getClassLoader() != EventOrder.class.getClassLoader()) {
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

  private static int kindOf(Class<?> type) {
    return EventKind.ofType(type).map(Enum::ordinal).orElse(OTHER);
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
}
