package org.holdspace.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.regulation.RegulationObservation;

/** Reflection: an environment factor (noise, light, crowding, ...) was present while the child was dysregulated. */
final class EnvironmentLoadRule extends StandardRule {

  EnvironmentLoadRule() {
    super(StandardRules.ENVIRONMENT_ID, 1);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    List<String> evidence = new ArrayList<>();
    for (EnvironmentFactor f : facts.environment()) {
      for (RegulationObservation o : facts.regulation()) {
        if (!o.band().isRegulated() && !o.at().isAfter(f.end()) && !f.at().isAfter(o.end())) {
          evidence.add(f.id());
          if (!evidence.contains(o.id())) {
            evidence.add(o.id());
          }
          break;
        }
      }
    }
    return evidence.isEmpty() ? List.of()
        : List.of(Finding.reflection(this, "prompt.environment-load", evidence));
  }
}
