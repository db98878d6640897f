package org.holdspace.evaluation.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.demand.Activity;
import org.holdspace.demand.DemandLevel;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.internal.Instants;
import org.holdspace.regulation.RegulationObservation;

/**
 * Reflection: demand rose (an activity asking more than the one before it, moderate or more)
 * shortly before an escalation (an observation further from regulated than the one before it).
 */
final class DemandBeforeEscalationRule extends StandardRule {

  DemandBeforeEscalationRule() {
    super(StandardRules.DEMAND_BEFORE_ESCALATION_ID, 1);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    List<Activity> rises = new ArrayList<>();
    DemandLevel before = DemandLevel.NONE;
    for (Activity a : facts.activities()) {
      if (a.demand().compareTo(before) > 0 && a.demand().compareTo(DemandLevel.MODERATE) >= 0) {
        rises.add(a);
      }
      before = a.demand();
    }
    if (rises.isEmpty()) {
      return;
    }
    Duration window = facts.config().reflectionWindow();
    boolean[] cited = new boolean[rises.size()];
    RegulationObservation previous = null;
    for (RegulationObservation o : facts.regulation()) {
      if (previous != null && o.band().distanceFromRegulated() > previous.band().distanceFromRegulated()) {
        boolean related = false;
        for (int i = firstRiseFrom(rises, o.at(), window); i < rises.size() && !rises.get(i).at().isAfter(o.at());
            i++) {
          related = true;
          if (!cited[i]) {
            cited[i] = true;
            into.add(rises.get(i).id());
          }
        }
        if (related) {
          into.add(o.id());
        }
      }
      previous = o;
    }
    if (into.pending() > 0) {
      into.reflection(this, FindingKeys.PROMPT_DEMAND_BEFORE_ESCALATION);
    }
  }

  /** The index of the first rise that starts at or after {@code at - window}, without making that instant. */
  private static int firstRiseFrom(List<Activity> rises, Instant at, Duration window) {
    int lo = 0;
    int hi = rises.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      // a rise starts before at - window exactly when at is after its start + window
      if (Instants.isAfterShifted(at, rises.get(mid).at(), window)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
