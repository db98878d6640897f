package org.holdspace.evaluation.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
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
  public List<Finding> evaluate(SessionFacts facts) {
    if (facts.regulation().isEmpty() || facts.session().actual().isEmpty()) {
      return List.of();
    }
    RegulationObservation first = facts.regulation().get(0);
    Instant arrivalEnd = facts.session().actual().get().start().plus(facts.config().arrivalWindow());
    if (first.band().isRegulated() || first.at().isAfter(arrivalEnd)) {
      return List.of();
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(first.id());
    for (CaregiverReport r : facts.caregiverReports()) {
      if (!r.at().isAfter(arrivalEnd) && !r.concerns().isEmpty()) {
        evidence.add(r.id());
      }
    }
    return List.of(Finding.reflection(this,
        evidence.size() > 1 ? "prompt.arrived-dysregulated-after-report" : "prompt.arrived-dysregulated", evidence));
  }
}
