package org.holdspace.evaluation.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.timeline.Overlaps;
import org.holdspace.timeline.SessionEvent;

/**
 * Reflection (version 2): the child was dysregulated and nothing answered the distress near its
 * start (within the reflection window either side): no sensory support offered (accepted or
 * declined), no co-regulation and no connection sign. Co-regulation is support: a child held
 * through distress by an adult does not raise this prompt.
 */
final class DysregulationWithoutSupportRule extends StandardRule {

  DysregulationWithoutSupportRule() {
    super(StandardRules.DYSREGULATION_WITHOUT_SUPPORT_ID, 2);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    if (facts.dysregulated().isEmpty()) {
      return List.of();
    }
    List<SessionEvent> answers = new ArrayList<>(facts.supports().size() + facts.connections().size());
    answers.addAll(facts.supports());
    answers.addAll(facts.connections());
    for (RegulationObservation o : facts.regulation()) {
      if (o.mode().orElse(null) == RegulationMode.CO_REGULATED) {
        answers.add(o);
      }
    }
    answers.sort(SessionFacts.TIME_ORDER);
    Overlaps<SessionEvent> index = new Overlaps<>(answers);
    List<String> evidence = new ArrayList<>();
    for (RegulationObservation o : facts.dysregulated()) {
      Instant from = o.at().minus(facts.config().reflectionWindow());
      Instant to = o.at().plus(facts.config().reflectionWindow());
      if (index.indexOfAnyOverlapping(from, to) < 0) {
        evidence.add(o.id());
      }
    }
    return evidence.isEmpty() ? List.of()
        : List.of(Finding.reflection(this, "prompt.dysregulation-without-support", evidence));
  }
}
