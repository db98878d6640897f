package org.holdspace.evaluation.rules;

import java.util.List;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;

/**
 * Connection (version 2): any sign of trust and relationship that was observed, one finding per
 * kind of sign, because the sign decides the word a family reads (wording rules, version 3): a
 * sign of trust ({@link FindingKeys#CONNECTION_TRUST}: sought proximity, accepted comfort, shared
 * attention or affect, a return after withdrawing); accepted presence ({@link
 * FindingKeys#CONNECTION_ACCEPTED_PRESENCE}), which is not on its own a sign of trust; and a
 * vendor's sign, whose meaning the library does not know ({@link FindingKeys#CONNECTION_OBSERVED}).
 */
final class ConnectionRule extends StandardRule {
  private static final int TRUST = 0;
  private static final int PRESENCE = 1;
  private static final int OTHER = 2;
  private static final String[] KEYS = {
      FindingKeys.CONNECTION_TRUST, FindingKeys.CONNECTION_ACCEPTED_PRESENCE, FindingKeys.CONNECTION_OBSERVED};

  ConnectionRule() {
    super(StandardRules.CONNECTION_ID, 2);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    List<ConnectionObservation> connections = facts.connections();
    if (connections.isEmpty()) {
      return;
    }
    for (int kind = TRUST; kind <= OTHER; kind++) {
      for (ConnectionObservation c : connections) {
        if (kindOf(c.sign()) == kind) {
          into.add(c.id());
        }
      }
      if (into.pending() > 0) {
        into.rung(this, Rung.CONNECTION, KEYS[kind]);
      }
    }
  }

  private static int kindOf(Code sign) {
    if (!sign.system().equals(ConnectionSignCodes.SYSTEM)) {
      return OTHER;
    }
    return sign.code().equals(ConnectionSignCodes.ACCEPTED_PRESENCE.code()) ? PRESENCE : TRUST;
  }
}
