package org.holdspace.evaluation.rules;

import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;

/** Connection: any sign of trust and relationship that was observed. */
final class ConnectionRule extends StandardRule {

  ConnectionRule() {
    super(StandardRules.CONNECTION_ID, 1);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    if (!facts.connections().isEmpty()) {
      into.addAll(facts.connections());
      into.rung(this, Rung.CONNECTION, FindingKeys.CONNECTION_OBSERVED);
    }
  }
}
