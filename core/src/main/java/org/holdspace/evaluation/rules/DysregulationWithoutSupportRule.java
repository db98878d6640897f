package org.holdspace.evaluation.rules;

import java.time.Duration;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
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
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    if (facts.dysregulated().isEmpty()) {
      return;
    }
    // what answers distress: every support offered, and presence (co-regulation, connection signs
    // and accepted supports, which are among the supports already)
    Overlaps<SensorySupport> supports = new Overlaps<>(facts.supports());
    Overlaps<SessionEvent> presence = facts.presenceIndex();
    Duration window = facts.config().reflectionWindow();
    for (RegulationObservation o : facts.dysregulated()) {
      if (supports.indexOfAnyWithin(o.at(), window) < 0 && presence.indexOfAnyWithin(o.at(), window) < 0) {
        into.add(o.id());
      }
    }
    if (into.pending() > 0) {
      into.reflection(this, FindingKeys.PROMPT_DYSREGULATION_WITHOUT_SUPPORT);
    }
  }
}
