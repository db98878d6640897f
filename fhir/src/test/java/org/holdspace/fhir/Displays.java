package org.holdspace.fhir;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.Handover;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;

/**
 * Every code of a session with its display, in order: {@code Code.equals} ignores the display, so
 * a round trip that lost one would still compare equal without this.
 */
final class Displays {
  private Displays() {}

  static List<String> of(Session s) {
    List<String> out = new ArrayList<>();
    for (Code c : codes(s)) {
      out.add(c.system() + "|" + c.code() + "|" + c.display().orElse("<none>"));
    }
    return out;
  }

  /** Every code of the session's own fields and of its library events, in order. */
  static List<Code> codes(Session s) {
    List<Code> codes = new ArrayList<>();
    codes.add(s.discipline());
    s.setting().ifPresent(codes::add);
    s.endReason().ifPresent(codes::add);
    for (SessionEvent e : s.events()) {
      if (e instanceof RegulationObservation) {
        codes.addAll(((RegulationObservation) e).signs());
        ((RegulationObservation) e).label().ifPresent(codes::add);
      } else if (e instanceof SensorySupport) {
        codes.add(((SensorySupport) e).support());
      } else if (e instanceof Activity) {
        codes.add(((Activity) e).activity());
      } else if (e instanceof EnvironmentFactor) {
        codes.add(((EnvironmentFactor) e).factor());
      } else if (e instanceof ConnectionObservation) {
        codes.add(((ConnectionObservation) e).sign());
      } else if (e instanceof GoalAttempt) {
        ((GoalAttempt) e).assistance().ifPresent(codes::add);
      } else if (e instanceof CaregiverReport) {
        codes.addAll(((CaregiverReport) e).concerns());
      } else if (e instanceof CaregiverPresence) {
        codes.add(((CaregiverPresence) e).caregiver());
      } else if (e instanceof CaregiverCoaching) {
        codes.add(((CaregiverCoaching) e).strategy());
      } else if (e instanceof IncidentRecord) {
        IncidentRecord r = (IncidentRecord) e;
        codes.add(r.harmSign());
        r.antecedent().ifPresent(codes::add);
        codes.add(r.physicalIntervention());
        r.told().forEach(n -> codes.add(n.role()));
      } else if (e instanceof Handover) {
        codes.add(((Handover) e).to());
      }
    }
    return codes;
  }
}
