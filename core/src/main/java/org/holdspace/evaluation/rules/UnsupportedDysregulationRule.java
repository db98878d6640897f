package org.holdspace.evaluation.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;

/**
 * Reflection: the child was dysregulated and no sensory support was recorded as offered around
 * that time (within the reflection window either side): perhaps a sensory need to explore.
 */
final class UnsupportedDysregulationRule extends StandardRule {

  UnsupportedDysregulationRule() {
    super(StandardRules.UNSUPPORTED_ID, 1);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    Overlaps<SensorySupport> supports = new Overlaps<>(facts.supports());
    List<String> evidence = new ArrayList<>();
    for (RegulationObservation o : facts.dysregulated()) {
      Instant from = o.at().minus(facts.config().reflectionWindow());
      Instant to = o.end().plus(facts.config().reflectionWindow());
      if (supports.anyOverlapping(from, to) == null) {
        evidence.add(o.id());
      }
    }
    return evidence.isEmpty() ? List.of()
        : List.of(Finding.reflection(this, "prompt.dysregulation-without-support", evidence));
  }
}
