package org.holdspace.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.regulation.RegulationObservation;

/**
 * Regulation: the child moved toward regulated (a later observation closer to regulated than an
 * earlier one), stayed regulated for the configured sustained time, or took up a support that was
 * seen to help.
 */
final class RegulationRule extends StandardRule {

  RegulationRule() {
    super(StandardRules.REGULATION_ID, 1);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    List<Finding> found = new ArrayList<>(3);
    RegulationObservation furthest = null;
    boolean moved = false;
    for (RegulationObservation o : facts.regulation()) {
      if (!moved && furthest != null
          && o.band().distanceFromRegulated() < furthest.band().distanceFromRegulated()) {
        found.add(Finding.rung(this, Rung.REGULATION, "finding.regulation.moved-toward-regulated",
            List.of(furthest.id(), o.id())));
        moved = true;
      }
      if (furthest == null || o.band().distanceFromRegulated() > furthest.band().distanceFromRegulated()) {
        furthest = o;
      }
    }
    if (!facts.regulated().isEmpty()
        && facts.regulatedTime().compareTo(facts.config().sustainedRegulation()) >= 0) {
      found.add(Finding.rung(this, Rung.REGULATION, "finding.regulation.sustained", ids(facts.regulated())));
    }
    if (!facts.supportsThatHelped().isEmpty()) {
      found.add(Finding.rung(this, Rung.REGULATION, "finding.regulation.support-helped",
          ids(facts.supportsThatHelped())));
    }
    return found;
  }
}
