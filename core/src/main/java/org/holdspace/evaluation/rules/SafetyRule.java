package org.holdspace.evaluation.rules;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.code.Code;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.timeline.SessionEvent;

/**
 * Safety: distress met with attuned presence (a support offered, co-regulation, or a sign of
 * connection, at or after the first distress), a regulated child, or a child judged to feel safe;
 * and no sign of harm while dysregulated. Signs of harm raise a reflection instead.
 */
final class SafetyRule extends StandardRule {

  SafetyRule() {
    super(StandardRules.SAFETY_ID, 1);
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    List<SessionEvent> harm = new ArrayList<>();
    List<RegulationObservation> distress = facts.dysregulated();
    RegulationObservation firstDistress = distress.isEmpty() ? null : distress.get(0);
    RegulationObservation firstRegulated = facts.regulated().isEmpty() ? null : facts.regulated().get(0);
    for (RegulationObservation o : distress) {
      for (Code sign : o.signs()) {
        if (isHarm(sign, facts)) {
          harm.add(o);
          break;
        }
      }
    }
    if (!harm.isEmpty()) {
      return List.of(Finding.reflection(this, "prompt.harm-signs", ids(harm)));
    }
    List<Finding> found = new ArrayList<>(3);
    if (firstDistress != null) {
      List<SessionEvent> presence = new ArrayList<>();
      presence.add(firstDistress);
      collectPresence(facts, firstDistress, presence);
      boolean coRegulated = firstDistress.mode().orElse(null) == RegulationMode.CO_REGULATED;
      if (presence.size() > 1 || coRegulated) {
        found.add(Finding.rung(this, Rung.SAFETY, "finding.safety.distress-met-with-presence", ids(presence)));
      }
    }
    if (firstRegulated != null) {
      found.add(Finding.rung(this, Rung.SAFETY, "finding.safety.regulated", List.of(firstRegulated.id())));
    }
    for (ReadinessAssessment r : facts.readiness()) {
      if (r.indicatorsMet().contains(ReadinessIndicator.FEELS_SAFE)) {
        found.add(Finding.rung(this, Rung.SAFETY, "finding.safety.felt-safe", List.of(r.id())));
        break;
      }
    }
    return found;
  }

  private static void collectPresence(SessionFacts facts, RegulationObservation distress, List<SessionEvent> out) {
    for (SessionEvent s : facts.supports()) {
      if (!s.at().isBefore(distress.at())) {
        out.add(s);
      }
    }
    for (RegulationObservation o : facts.regulation()) {
      if (o != distress && !o.at().isBefore(distress.at()) && o.mode().orElse(null) == RegulationMode.CO_REGULATED) {
        out.add(o);
      }
    }
    for (SessionEvent c : facts.connections()) {
      if (!c.at().isBefore(distress.at())) {
        out.add(c);
      }
    }
    out.sort(SessionFacts.TIME_ORDER);
  }

  private static boolean isHarm(Code sign, SessionFacts facts) {
    for (Code harm : facts.config().harmSigns()) {
      if (harm.isSameConcept(sign)) {
        return true;
      }
    }
    return false;
  }
}
