package org.holdspace.evaluation.rules;

import java.util.List;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.timeline.Overlaps;

/** Reflection: an environment factor (noise, light, crowding, ...) was present while the child was dysregulated. */
final class EnvironmentLoadRule extends StandardRule {

  EnvironmentLoadRule() {
    super(StandardRules.ENVIRONMENT_LOAD_ID, 1);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    if (facts.environment().isEmpty()) {
      return;
    }
    List<RegulationObservation> dysregulated = facts.dysregulated();
    Overlaps<RegulationObservation> index = new Overlaps<>(dysregulated);
    boolean[] cited = new boolean[dysregulated.size()];
    for (EnvironmentFactor f : facts.environment()) {
      int o = index.indexOfAnyOverlapping(f.at(), f.end());
      if (o >= 0) {
        into.add(f.id());
        if (!cited[o]) {
          cited[o] = true;
          into.add(dysregulated.get(o).id());
        }
      }
    }
    if (into.pending() > 0) {
      into.reflection(this, FindingKeys.PROMPT_ENVIRONMENT_LOAD);
    }
  }
}
