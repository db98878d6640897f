package org.holdspace.evaluation.rules;

import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Gain;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.SupportCredit;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.regulation.RegulationObservation;

/**
 * Regulation (version 2): a dysregulated observation followed by one toward regulated, with no
 * later observation further from regulated (the gain held); or regulated for the sustained time
 * in total after being dysregulated, or at the end; or a support reported as helping that an
 * observation toward regulated agrees with. A reported "helped" without that agreement is kept as
 * reported (a context finding), never counted. The accepted supports present when regulation came
 * are named in a context finding, whether or not an effect was recorded.
 */
final class RegulationRule extends StandardRule {

  RegulationRule() {
    super(StandardRules.REGULATION_ID, 2);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    if (facts.heldGain().isPresent()) {
      Gain g = facts.heldGain().get();
      into.add(g.from().id());
      into.add(g.to().id());
      into.rung(this, Rung.REGULATION, FindingKeys.MOVED_TOWARD_REGULATED);
    }
    if (facts.wasDysregulated()
        && facts.regulatedTimeAfterDysregulation().compareTo(facts.config().sustainedRegulation()) >= 0) {
      RegulationObservation first = facts.dysregulated().get(0);
      into.add(first.id());
      for (RegulationObservation o : facts.regulated()) {
        if (!o.end().isBefore(first.at())) {
          into.add(o.id());
        }
      }
      into.rung(this, Rung.REGULATION, FindingKeys.SUSTAINED_AFTER_DYSREGULATION);
    } else if (facts.endsRegulated()
        && facts.regulatedTime().compareTo(facts.config().sustainedRegulation()) >= 0) {
      into.addAll(facts.regulated());
      into.rung(this, Rung.REGULATION, FindingKeys.KEPT_REGULATED);
    }
    if (!facts.corroboratedHelp().isEmpty()) {
      credits(facts.corroboratedHelp(), into);
      into.rung(this, Rung.REGULATION, FindingKeys.SUPPORT_HELPED);
    }
    if (!facts.reportedHelpNotCorroborated().isEmpty()) {
      into.addAll(facts.reportedHelpNotCorroborated());
      into.context(this, FindingKeys.REPORTED_HELPED);
    }
    if (!facts.supportsPresentWhenRegulationCame().isEmpty()) {
      credits(facts.supportsPresentWhenRegulationCame(), into);
      into.context(this, FindingKeys.SUPPORTS_PRESENT);
    }
  }

  /**
   * The supports' ids, then the ids of the observations they are tied to, each once. A support
   * appears once in a list of credits, and the credits are in time order of their supports, so the
   * observations they are tied to are in time order too: a repeated one follows itself.
   */
  private static void credits(List<SupportCredit> credits, FindingBuffer<Finding> into) {
    for (SupportCredit c : credits) {
      into.add(c.support().id());
    }
    RegulationObservation previous = null;
    for (SupportCredit c : credits) {
      if (c.toward() != previous) {
        into.add(c.toward().id());
        previous = c.toward();
      }
    }
  }
}
