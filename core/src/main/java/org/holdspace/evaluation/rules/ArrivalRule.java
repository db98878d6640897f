package org.holdspace.evaluation.rules;

import java.time.Duration;
import java.time.Instant;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.internal.Instants;
import org.holdspace.regulation.RegulationObservation;

/**
 * Reflection (version 2): the child was already dysregulated on arrival (the first observation,
 * within the arrival window of the start): the transition into the session may be worth a look.
 * When a caregiver reported something about the time before (a short night, an illness, ...) by
 * the end of the arrival window, the prompt mentions it, as information, never as blame, and cites
 * the report.
 */
final class ArrivalRule extends StandardRule {

  ArrivalRule() {
    super(StandardRules.ARRIVAL_ID, 2);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    if (facts.regulation().isEmpty() || facts.session().actual().isEmpty()) {
      return;
    }
    RegulationObservation first = facts.regulation().get(0);
    Instant start = facts.session().actual().get().start();
    Duration window = facts.config().arrivalWindow();
    if (first.band().isRegulated() || Instants.isAfterShifted(first.at(), start, window)) {
      return;
    }
    into.add(first.id());
    for (CaregiverReport r : facts.caregiverReports()) {
      if (!Instants.isAfterShifted(r.at(), start, window) && !r.concerns().isEmpty()) {
        into.add(r.id());
      }
    }
    String key = into.pending() > 1 ? FindingKeys.PROMPT_ARRIVED_DYSREGULATED_AFTER_REPORT : FindingKeys.PROMPT_ARRIVED_DYSREGULATED;
    into.reflection(this, key);
  }
}
