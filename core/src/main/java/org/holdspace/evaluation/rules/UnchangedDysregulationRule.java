package org.holdspace.evaluation.rules;

import java.time.Instant;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.internal.Instants;
import org.holdspace.regulation.RegulationObservation;

/**
 * Reflection (version 2): the child stayed dysregulated for the configured time or more (default 20 minutes)
 * with no change toward regulated, presence or not: a question about sensory needs and the
 * environment (public scenario F). A stretch runs over consecutive dysregulated observations; it
 * ends at a regulated observation or at one toward regulated from the one before it (a collapse
 * or a change of side does not end it). One finding per stretch (version 2; version 1 cited every
 * stretch in one), so that a text can name each stretch's start, end and length from the
 * observations it cites.
 */
final class UnchangedDysregulationRule extends StandardRule {

  UnchangedDysregulationRule() {
    super(StandardRules.UNCHANGED_DYSREGULATION_ID, 2);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    // a stretch is a run of observations, none regulated, that no observation ended (by being
    // regulated or toward regulated from the one before): regulation[from, i)
    List<RegulationObservation> regulation = facts.regulation();
    int from = 0;
    for (int i = 0; i < regulation.size(); i++) {
      RegulationObservation o = regulation.get(i);
      boolean ends = o.band().isRegulated()
          || (i > 0 && o.band().isTowardRegulatedFrom(regulation.get(i - 1).band()));
      if (ends) {
        collect(regulation, from, i, facts, into);
        from = o.band().isRegulated() ? i + 1 : i;
      }
    }
    collect(regulation, from, regulation.size(), facts, into);
  }

  /** A finding that cites the stretch regulation[from, to), if it lasted the unchanged-dysregulation time. */
  private void collect(List<RegulationObservation> regulation, int from, int to, SessionFacts facts,
      FindingBuffer<Finding> into) {
    if (from >= to) {
      return;
    }
    Instant start = regulation.get(from).at();
    Instant end = regulation.get(from).end();
    for (int i = from + 1; i < to; i++) {
      if (regulation.get(i).end().isAfter(end)) {
        end = regulation.get(i).end();
      }
    }
    if (Instants.compareToShifted(end, start, facts.config().unchangedDysregulation()) >= 0) {
      for (int i = from; i < to; i++) {
        into.add(regulation.get(i).id());
      }
      into.reflection(this, FindingKeys.PROMPT_SENSORY_NEEDS_AND_ENVIRONMENT);
    }
  }
}
