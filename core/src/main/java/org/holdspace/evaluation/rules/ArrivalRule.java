package org.holdspace.evaluation.rules;

import java.time.Instant;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.regulation.RegulationObservation;

/**
 * Reflection: the child was already dysregulated on arrival (the first observation, within the
 * arrival window of the start): the transition into the session may be worth a look.
 */
final class ArrivalRule extends StandardRule {

  ArrivalRule() {
    super(StandardRules.ARRIVAL_ID, 1);
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
    return List.of(Finding.reflection(this, "prompt.arrived-dysregulated", List.of(first.id())));
  }
}
