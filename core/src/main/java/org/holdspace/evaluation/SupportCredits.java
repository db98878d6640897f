package org.holdspace.evaluation;

import java.time.Instant;
import java.util.List;
import org.holdspace.evaluation.internal.EventTraits;
import org.holdspace.internal.ArrayView;
import org.holdspace.internal.Instants;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;

/**
 * What {@link SessionFacts} credits to accepted supports (rule set version 2): reports of help
 * that a later observation agrees with, reports kept as reported only, and the supports present
 * when regulation came.
 */
final class SupportCredits {
  private static final Object[] NONE = {};

  final List<SupportCredit> corroborated;
  final List<SensorySupport> reportedOnly;
  final List<SupportCredit> present;

  SupportCredits(List<SensorySupport> accepted, List<Gain> gains, EvaluationConfig config) {
    // reports of help, in one array: the corroborated from the front, the others from the back
    // (reversed into time order once all are in)
    int helped = accepted.size();
    Object[] reports = helped == 0 ? NONE : new Object[helped];
    int c = 0;
    int o = helped;
    for (int i = 0; i < accepted.size(); i++) {
      SensorySupport s = accepted.get(i);
      if (EventTraits.effect(s) != SupportEffect.HELPED) {
        continue;
      }
      RegulationObservation agreeing = corroborating(s, gains, config);
      if (agreeing != null) {
        reports[c++] = new SupportCredit(s, agreeing);
      } else {
        reports[--o] = s;
      }
    }
    for (int lo = o, hi = helped - 1; lo < hi; lo++, hi--) {
      Object swap = reports[lo];
      reports[lo] = reports[hi];
      reports[hi] = swap;
    }
    this.corroborated = ArrayView.slice(reports, 0, c);
    this.reportedOnly = ArrayView.slice(reports, o, helped);
    this.present = supportsPresent(accepted, gains, config);
  }

  /**
   * The first observation toward regulated that agrees with an accepted support reported as
   * helping: it starts during the support or within the corroboration window after it ends; or null.
   */
  private static RegulationObservation corroborating(SensorySupport s, List<Gain> gains, EvaluationConfig config) {
    int i = firstGainStartingAtOrAfter(gains, s.at());
    if (i < gains.size() && !Instants.isAfterShifted(gains.get(i).to().at(), s.end(), config.corroborationWindow())) {
      return gains.get(i).to();
    }
    return null;
  }

  private static int firstGainStartingAtOrAfter(List<Gain> gains, Instant instant) {
    int lo = 0;
    int hi = gains.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (gains.get(mid).to().at().isBefore(instant)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Credits each accepted support at the first gain that starts at or after it, if the support
   * lasts until then or ended at most the credit window before; a support expired at its first
   * gain is never credited (supports and gains are both in time order, so each support is met
   * once).
   */
  private static List<SupportCredit> supportsPresent(List<SensorySupport> accepted, List<Gain> gains,
      EvaluationConfig config) {
    if (gains.isEmpty() || accepted.isEmpty()) {
      return List.of();
    }
    Object[] credits = new Object[accepted.size()];
    int n = 0;
    int next = 0;
    for (Gain g : gains) {
      Instant at = g.to().at();
      while (next < accepted.size() && !accepted.get(next).at().isAfter(at)) {
        SensorySupport s = accepted.get(next++);
        // the support ended at most the credit window before: at <= its end + the window
        if (!Instants.isAfterShifted(at, s.end(), config.creditWindow())) {
          credits[n++] = new SupportCredit(s, g.to());
        }
      }
    }
    return ArrayView.owningNonNull(credits, n);
  }
}
