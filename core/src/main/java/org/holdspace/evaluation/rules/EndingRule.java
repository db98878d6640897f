package org.holdspace.evaluation.rules;

import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;

/**
 * Context: how the session ended, from the observations that end last (rule set version 3). When
 * several end at the same moment in different states, the one furthest from regulated is told
 * (crisis, then escalated, then shut down), so that a text never says the child ended calmer than
 * one of those observations shows; the finding cites the observations in that state. A session
 * without observations has no such finding. What it finds is what the parent summary's "how it
 * ended" sentences and the session note's ending are chosen by.
 */
final class EndingRule extends StandardRule {
  /** The states from furthest from regulated to regulated, with their keys. */
  private static final ArousalBand[] ORDER = {
      ArousalBand.CRISIS, ArousalBand.ESCALATED, ArousalBand.SHUT_DOWN, ArousalBand.REGULATED};
  private static final String[] KEYS = {
      FindingKeys.ENDED_IN_CRISIS, FindingKeys.ENDED_ESCALATED, FindingKeys.ENDED_SHUT_DOWN, FindingKeys.ENDED_REGULATED};

  EndingRule() {
    super(StandardRules.ENDING_ID, 1);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    List<RegulationObservation> atEnd = facts.observationsAtEnd();
    if (atEnd.isEmpty()) {
      return;
    }
    for (int k = 0; k < ORDER.length; k++) {
      for (RegulationObservation o : atEnd) {
        if (o.band() == ORDER[k]) {
          into.add(o.id());
        }
      }
      if (into.pending() > 0) {
        into.context(this, KEYS[k]);
        return;
      }
    }
  }
}
