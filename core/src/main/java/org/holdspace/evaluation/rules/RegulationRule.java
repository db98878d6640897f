package org.holdspace.evaluation.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Gain;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.SupportCredit;
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
  public List<Finding> evaluate(SessionFacts facts) {
    List<Finding> found = new ArrayList<>(5);
    if (facts.heldGain().isPresent()) {
      Gain g = facts.heldGain().get();
      found.add(Finding.rung(this, Rung.REGULATION, "finding.regulation.moved-toward-regulated",
          List.of(g.from().id(), g.to().id())));
    }
    if (facts.wasDysregulated()
        && facts.regulatedTimeAfterDysregulation().compareTo(facts.config().sustainedRegulation()) >= 0) {
      List<String> after = new ArrayList<>();
      after.add(facts.dysregulated().get(0).id());
      for (RegulationObservation o : facts.regulated()) {
        if (!o.end().isBefore(facts.dysregulated().get(0).at())) {
          after.add(o.id());
        }
      }
      found.add(Finding.rung(this, Rung.REGULATION, "finding.regulation.sustained-after-dysregulation", after));
    } else if (facts.endsRegulated()
        && facts.regulatedTime().compareTo(facts.config().sustainedRegulation()) >= 0) {
      found.add(Finding.rung(this, Rung.REGULATION, "finding.regulation.kept-regulated", ids(facts.regulated())));
    }
    if (!facts.corroboratedHelp().isEmpty()) {
      found.add(Finding.rung(this, Rung.REGULATION, "finding.regulation.support-helped",
          credits(facts.corroboratedHelp())));
    }
    if (!facts.reportedHelpNotCorroborated().isEmpty()) {
      found.add(Finding.context(this, "finding.support.reported-helped",
          ids(facts.reportedHelpNotCorroborated())));
    }
    if (!facts.supportsPresentWhenRegulationCame().isEmpty()) {
      found.add(Finding.context(this, "finding.regulation.supports-present",
          credits(facts.supportsPresentWhenRegulationCame())));
    }
    return found;
  }

  /** The supports' ids, then the ids of the observations they are tied to, each once. */
  private static List<String> credits(List<SupportCredit> credits) {
    Set<String> evidence = new LinkedHashSet<>(credits.size() * 4);
    for (SupportCredit c : credits) {
      evidence.add(c.support().id());
    }
    for (SupportCredit c : credits) {
      evidence.add(c.toward().id());
    }
    return new ArrayList<>(evidence);
  }
}
