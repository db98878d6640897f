package org.holdspace.evaluation.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.timeline.Overlaps;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.timeline.SessionEvent;

/**
 * Safety (version 2), and the incident. A harm sign makes an incident finding and a reflection
 * about the safety plan; harm never erases the work after it. Safety counts only evidence from
 * the end of the last harm (a harm sign or the crisis band) on: the child seen regulated; judged
 * to feel safe; or met with presence (co-regulation, an accepted support that did not make it
 * worse, a connection sign, within the presence window of a dysregulated observation's start or
 * during it) and then with presence for the sustained-presence time in total. A session that ends
 * in crisis has no safety rung.
 */
final class SafetyRule extends StandardRule {

  SafetyRule() {
    super(StandardRules.SAFETY_ID, 2);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    List<Finding> found = new ArrayList<>(4);
    boolean harmed = facts.hadHarm();
    if (facts.hadHarmSign()) {
      List<String> harm = ids(facts.harmObservations());
      found.add(Finding.incident(this, "incident.harm-signs", harm));
      found.add(Finding.reflection(this, "prompt.harm-signs", harm));
    }
    if (facts.endsInCrisis()) {
      return found;
    }
    for (RegulationObservation o : facts.regulated()) {
      if (facts.isAfterLastHarm(o.at())) {
        found.add(Finding.rung(this, Rung.SAFETY,
            harmed ? "finding.safety.regulated-after-harm" : "finding.safety.regulated", List.of(o.id())));
        break;
      }
    }
    for (ReadinessAssessment r : facts.readiness()) {
      if (r.indicatorsMet().contains(ReadinessIndicator.FEELS_SAFE) && facts.isAfterLastHarm(r.at())) {
        found.add(Finding.rung(this, Rung.SAFETY,
            harmed ? "finding.safety.felt-safe-after-harm" : "finding.safety.felt-safe", List.of(r.id())));
        break;
      }
    }
    List<String> presence = presenceAfterHarm(facts);
    if (!presence.isEmpty()) {
      found.add(Finding.rung(this, Rung.SAFETY,
          harmed ? "finding.safety.presence-after-harm" : "finding.safety.presence", presence));
    }
    return found;
  }

  /**
   * The evidence for safety through presence: the first dysregulated observation met with
   * presence after the last harm, and every presence event after the last harm, if that presence
   * lasted the sustained-presence time in total; empty otherwise.
   */
  private static List<String> presenceAfterHarm(SessionFacts facts) {
    Instant from = facts.lastHarmEnd().orElse(null);
    List<SessionEvent> after = new ArrayList<>();
    for (SessionEvent p : facts.presence()) {
      if (from == null || !p.end().isBefore(from)) {
        after.add(p);
      }
    }
    if (after.isEmpty()) {
      return List.of();
    }
    Overlaps<SessionEvent> index = new Overlaps<>(after);
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
    if (met == null || Overlaps.unionLength(after, from).compareTo(facts.config().sustainedPresence()) < 0) {
      return List.of();
    }
    List<String> evidence = new ArrayList<>(after.size() + 1);
    evidence.add(met.id());
    for (SessionEvent p : after) {
      if (p != met) {
        evidence.add(p.id());
      }
    }
    return evidence;
  }
}
