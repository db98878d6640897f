package org.holdspace.benchmarks;

import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.timeline.SessionEvent;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The baseline for evaluation: one plain pass over a session's events that reads every field,
 * the floor for anything that looks at the whole session.
 */
final class PlainPass {
  private PlainPass() {}

  static void readEverything(Session s, Blackhole bh) {
    for (SessionEvent e : s.events()) {
      bh.consume(e.id());
      bh.consume(e.at());
      bh.consume(e.until());
      if (e instanceof RegulationObservation) {
        RegulationObservation o = (RegulationObservation) e;
        bh.consume(o.band());
        for (Code c : o.signs()) {
          bh.consume(c.code());
        }
        bh.consume(o.mode());
        bh.consume(o.label());
      } else if (e instanceof SensorySupport) {
        SensorySupport o = (SensorySupport) e;
        bh.consume(o.support().code());
        bh.consume(o.systems().size());
        bh.consume(o.quality());
        bh.consume(o.response());
        bh.consume(o.effect());
      } else if (e instanceof Activity) {
        bh.consume(((Activity) e).activity().code());
        bh.consume(((Activity) e).demand());
      } else if (e instanceof EnvironmentFactor) {
        bh.consume(((EnvironmentFactor) e).factor().code());
      } else if (e instanceof ReadinessAssessment) {
        ReadinessAssessment o = (ReadinessAssessment) e;
        bh.consume(o.level());
        bh.consume(o.indicatorsMet().size());
        bh.consume(o.indicatorsNotMet().size());
        bh.consume(o.assessedBy());
      } else if (e instanceof GoalAttempt) {
        GoalAttempt o = (GoalAttempt) e;
        bh.consume(o.goalId());
        bh.consume(o.assistance());
        bh.consume(o.outcome());
        bh.consume(o.gasLevel());
      } else if (e instanceof ConnectionObservation) {
        bh.consume(((ConnectionObservation) e).sign().code());
      } else if (e instanceof ClinicianNote) {
        bh.consume(((ClinicianNote) e).text());
      } else if (e instanceof CaregiverReport) {
        bh.consume(((CaregiverReport) e).concerns().size());
        bh.consume(((CaregiverReport) e).words());
      } else if (e instanceof CaregiverPresence) {
        bh.consume(((CaregiverPresence) e).caregiver().code());
      } else if (e instanceof CaregiverCoaching) {
        bh.consume(((CaregiverCoaching) e).strategy().code());
        bh.consume(((CaregiverCoaching) e).step());
      }
    }
  }
}
