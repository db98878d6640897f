package org.holdspace.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.holdspace.internal.ArrayView;
import org.holdspace.internal.Instants;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.Overlaps;

/**
 * The regulation measures of {@link SessionFacts} (rule set version 2): regulated and
 * dysregulated time, time to regulate, the regulated share, how the session ended, every move
 * toward regulated and the first that held, and the state at a moment.
 */
final class RegulationMeasures {
  final List<RegulationObservation> regulation;
  final StartTimes starts;
  final Duration regulatedTime;
  final Duration dysregulatedTime;
  final Optional<Duration> timeToRegulate;
  final OptionalDouble regulatedShare;
  final boolean endsInCrisis;
  final boolean endsRegulated;
  /** The observations that end last, in time order of their starts. */
  final List<RegulationObservation> atEnd;
  final List<Gain> gains;
  final Optional<Gain> heldGain; // asked twice by the regulation rule: made once

  RegulationMeasures(KindIndex kinds, Optional<Interval> actual) {
    this.regulation = kinds.regulation;
    this.starts = StartTimes.of(regulation);
    this.regulatedTime = Overlaps.unionLength(kinds.regulated, null);
    this.dysregulatedTime = Overlaps.unionLength(kinds.dysregulated, null);
    this.timeToRegulate = findTimeToRegulate(regulation);
    this.regulatedShare = findRegulatedShare(actual.orElse(null));
    Instant lastEnd = null;
    for (int i = 0; i < regulation.size(); i++) {
      Instant end = regulation.get(i).end();
      if (lastEnd == null || end.isAfter(lastEnd)) {
        lastEnd = end;
      }
    }
    boolean anyCrisisAtEnd = false;
    boolean allRegulatedAtEnd = lastEnd != null;
    int endingCount = 0;
    for (int i = 0; i < regulation.size(); i++) {
      RegulationObservation o = regulation.get(i);
      if (o.end().equals(lastEnd)) {
        anyCrisisAtEnd |= o.band() == ArousalBand.CRISIS;
        allRegulatedAtEnd &= o.band().isRegulated();
        endingCount++;
      }
    }
    if (endingCount == 1) {
      RegulationObservation only = null;
      for (int i = regulation.size() - 1; only == null; i--) {
        only = regulation.get(i).end().equals(lastEnd) ? regulation.get(i) : null;
      }
      this.atEnd = List.of(only);
    } else {
      Object[] ending = new Object[endingCount];
      for (int i = 0, k = 0; k < endingCount; i++) {
        if (regulation.get(i).end().equals(lastEnd)) {
          ending[k++] = regulation.get(i);
        }
      }
      this.atEnd = ArrayView.owningNonNull(ending, endingCount);
    }
    this.endsInCrisis = anyCrisisAtEnd;
    this.endsRegulated = allRegulatedAtEnd;
    this.gains = findGains(regulation);
    this.heldGain = Optional.ofNullable(findHeldGain());
  }

  /** The band of the latest observation that began at or before {@code instant}, or empty. */
  Optional<ArousalBand> stateAt(Instant instant) {
    int i = starts.lastAtOrBefore(instant);
    return i < 0 ? Optional.empty() : Optional.of(regulation.get(i).band());
  }

  private OptionalDouble findRegulatedShare(Interval actual) {
    if (regulation.isEmpty()) {
      return OptionalDouble.empty();
    }
    long total = actual == null ? 0 : Instants.millisBetween(actual.start(), actual.end());
    return total <= 0 ? OptionalDouble.empty()
        : OptionalDouble.of(Math.min(1.0, regulatedTime.toMillis() / (double) total));
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
}
