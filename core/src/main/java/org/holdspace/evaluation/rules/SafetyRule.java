package org.holdspace.evaluation.rules;

import java.time.Instant;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.timeline.Overlaps;
import org.holdspace.timeline.SessionEvent;

/**
 * Safety (version 3), and the incident. A harm sign makes an incident finding and a reflection
 * about the safety plan, and so does a session that ends in crisis (version 3); harm never erases
 * the work after it. Every observation with a harm sign or the crisis band is cited by one context
 * finding ({@link FindingKeys#HARM_OR_CRISIS}), so that texts can say how long the hard time was
 * from the events it cites. Safety counts only evidence from
 * the end of the last harm (a harm sign or the crisis band) on: the child seen regulated; judged
 * to feel safe; or met with presence (co-regulation, an accepted support that did not make it
 * worse, a connection sign, within the presence window of a dysregulated observation's start or
 * during it) and then with presence for the sustained-presence time in total. A session that ends
 * in crisis has no safety rung.
 */
final class SafetyRule extends StandardRule {

  SafetyRule() {
    super(StandardRules.SAFETY_ID, 3);
  }

  @Override
  public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
    boolean harmed = facts.hadHarm();
    if (facts.hadHarmSign()) {
      into.addAll(facts.harmObservations());
      into.incident(this, FindingKeys.INCIDENT_HARM_SIGNS);
      into.reflectionOnSameEvidence(this, FindingKeys.PROMPT_HARM_SIGNS);
    }
    if (facts.endsInCrisis()) {
      for (RegulationObservation o : facts.observationsAtEnd()) {
        if (o.band() == ArousalBand.CRISIS) {
          into.add(o.id());
        }
      }
      into.incident(this, FindingKeys.INCIDENT_ENDED_IN_CRISIS);
      into.reflectionOnSameEvidence(this, FindingKeys.PROMPT_ENDED_IN_CRISIS);
    }
    if (harmed) {
      hardTime(facts, into);
    }
    if (facts.endsInCrisis()) {
      return;
    }
    for (RegulationObservation o : facts.regulated()) {
      if (facts.isAfterLastHarm(o.at())) {
        into.add(o.id());
        into.rung(this, Rung.SAFETY, harmed ? FindingKeys.SAFETY_REGULATED_AFTER_HARM : FindingKeys.SAFETY_REGULATED);
        break;
      }
    }
    for (ReadinessAssessment r : facts.readiness()) {
      if (r.indicatorsMet().contains(ReadinessIndicator.FEELS_SAFE) && facts.isAfterLastHarm(r.at())) {
        into.add(r.id());
        into.rung(this, Rung.SAFETY, harmed ? FindingKeys.SAFETY_FELT_SAFE_AFTER_HARM : FindingKeys.SAFETY_FELT_SAFE);
        break;
      }
    }
    if (presenceAfterHarm(facts, into)) {
      into.rung(this, Rung.SAFETY, harmed ? FindingKeys.SAFETY_PRESENCE_AFTER_HARM : FindingKeys.SAFETY_PRESENCE);
    }
  }

  /** The context finding that cites every observation with a harm sign or the crisis band, each once, in time order. */
  private void hardTime(SessionFacts facts, FindingBuffer<Finding> into) {
    List<RegulationObservation> harm = facts.harmObservations(); // a sub-list of regulation, same order
    int h = 0;
    for (RegulationObservation o : facts.regulation()) {
      boolean sign = h < harm.size() && harm.get(h) == o;
      if (sign) {
        h++;
      }
      if (sign || o.band() == ArousalBand.CRISIS) {
        into.add(o.id());
      }
    }
    into.context(this, FindingKeys.HARM_OR_CRISIS);
  }

  /**
   * Adds the evidence for safety through presence, if there is such evidence: the first
   * dysregulated observation met with presence after the last harm, and every presence event
   * after the last harm, if that presence lasted the sustained-presence time in total.
   *
   * <p>Presence that ended before the last harm is left out without a list of its own: the
   * interval asked about always starts at or after the end of the last harm, so nothing that
   * ended before it can meet it, and {@link Overlaps#unionLength} counts
   * only from there.
   *
   * @return whether it added any
   */
  private static boolean presenceAfterHarm(SessionFacts facts, FindingBuffer<Finding> into) {
    Instant from = facts.lastHarmEnd().orElse(null);
    List<SessionEvent> presence = facts.presence();
    if (presence.isEmpty()) {
      return false;
    }
    Overlaps<SessionEvent> index = facts.presenceIndex();
    RegulationObservation met = null;
    for (RegulationObservation d : facts.dysregulated()) {
      if (from != null && d.at().isBefore(from) && !d.end().isAfter(from)) {
        continue; // over by the end of the last harm: nothing after the harm to meet
      }
      Instant start = from != null && d.at().isBefore(from) ? from : d.at();
      Instant windowEnd = d.at().plus(facts.config().presenceWindow());
      Instant end = d.end().isAfter(windowEnd) ? d.end() : windowEnd;
      if (!end.isBefore(start) && index.indexOfAnyOverlapping(start, end) >= 0) {
        met = d;
        break;
      }
    }
    if (met == null || Overlaps.unionLength(presence, from).compareTo(facts.config().sustainedPresence()) < 0) {
      return false;
    }
    into.add(met.id());
    for (SessionEvent p : presence) {
      if (p != met && (from == null || !p.end().isBefore(from))) {
        into.add(p.id());
      }
    }
    return true;
  }
}
