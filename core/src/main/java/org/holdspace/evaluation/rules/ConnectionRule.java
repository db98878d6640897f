package org.holdspace.evaluation.rules;

import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;

/** Connection: any sign of trust and relationship that was observed. */
final class ConnectionRule extends StandardRule {

  ConnectionRule() {
    super(StandardRules.CONNECTION_ID, 1);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    if (facts.connections().isEmpty()) {
      return List.of();
    }
    return List.of(Finding.rung(this, Rung.CONNECTION, "finding.connection.observed", ids(facts.connections())));
  }
}
