package org.holdspace.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.timeline.Overlaps;
import org.holdspace.regulation.RegulationObservation;

/** Reflection: an environment factor (noise, light, crowding, ...) was present while the child was dysregulated. */
final class EnvironmentLoadRule extends StandardRule {

  EnvironmentLoadRule() {
    super(StandardRules.ENVIRONMENT_LOAD_ID, 1);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    if (facts.environment().isEmpty()) {
      return List.of();
    }
    List<RegulationObservation> dysregulated = facts.dysregulated();
    Overlaps<RegulationObservation> index = new Overlaps<>(dysregulated);
    boolean[] cited = new boolean[dysregulated.size()];
    List<String> evidence = new ArrayList<>();
    for (EnvironmentFactor f : facts.environment()) {
      int o = index.indexOfAnyOverlapping(f.at(), f.end());
      if (o >= 0) {
        evidence.add(f.id());
        if (!cited[o]) {
          cited[o] = true;
          evidence.add(dysregulated.get(o).id());
        }
      }
    }
    return evidence.isEmpty() ? List.of()
        : List.of(Finding.reflection(this, "prompt.environment-load", evidence));
  }
}
