package org.holdspace.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.holdspace.caregiver.CaregiverCoaching;
import org.holdspace.caregiver.CaregiverPresence;
import org.holdspace.caregiver.CaregiverReport;
import org.holdspace.caregiver.Handover;
import org.holdspace.code.Code;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.goal.Goal;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.incident.Notification;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.ClinicianNote;
import org.holdspace.session.Session;
import org.holdspace.timeline.Interval;
import org.holdspace.timeline.SessionEvent;

/** Deep copies made through the public builders, field by field, with no object shared. */
public final class Copies {
  private Copies() {}

  /**
   * A session equal to {@code s} that shares no value object with it (strings aside).
   *
   * @param s a session
   * @return its deep copy
   */
  public static Session deepCopy(Session s) {
    List<Goal> goals = new ArrayList<>();
    for (Goal g : s.goals()) {
      goals.add(Goal.builder().id(copy(g.id())).description(copy(g.description()))
          .target(g.target().map(Copies::copy)).lifecycleStatus(g.lifecycleStatus())
          .achievementStatus(g.achievementStatus()).gasBaseline(g.gasBaseline()).gasWeight(g.gasWeight()).build());
    }
    List<SessionEvent> events = new ArrayList<>();
    for (SessionEvent e : s.events()) {
      events.add(copy(e));
    }
    return Session.builder()
        .id(copy(s.id())).clientId(copy(s.clientId())).clinicianId(copy(s.clinicianId()))
        .discipline(copy(s.discipline())).setting(s.setting().map(Copies::copy))
        .planned(copy(s.planned())).actual(s.actual().map(Copies::copy)).zone(s.zone())
        .familyLanguage(s.familyLanguage().map(l -> Locale.forLanguageTag(copy(l.toLanguageTag()))))
        .interpreterUsed(s.interpreterUsed())
        .status(s.status()).endReason(s.endReason().map(Copies::copy))
        .goals(goals).events(events)
        .build();
  }

  private static SessionEvent copy(SessionEvent e) {
    if (e instanceof RegulationObservation) {
      RegulationObservation o = (RegulationObservation) e;
      List<Code> signs = new ArrayList<>();
      o.signs().forEach(c -> signs.add(copy(c)));
      return RegulationObservation.builder().id(copy(o.id())).at(o.at()).until(o.until()).band(o.band())
          .signs(signs).mode(o.mode()).label(o.label().map(Copies::copy)).build();
    }
    if (e instanceof SensorySupport) {
      SensorySupport o = (SensorySupport) e;
      return SensorySupport.builder().id(copy(o.id())).at(o.at()).until(o.until()).support(copy(o.support()))
          .systems(o.systems()).quality(o.quality()).response(o.response()).effect(o.effect()).build();
    }
    if (e instanceof Activity) {
      Activity o = (Activity) e;
      return Activity.builder().id(copy(o.id())).at(o.at()).until(o.until()).activity(copy(o.activity()))
          .demand(o.demand()).build();
    }
    if (e instanceof EnvironmentFactor) {
      EnvironmentFactor o = (EnvironmentFactor) e;
      return EnvironmentFactor.builder().id(copy(o.id())).at(o.at()).until(o.until()).factor(copy(o.factor()))
          .build();
    }
    if (e instanceof ReadinessAssessment) {
      ReadinessAssessment o = (ReadinessAssessment) e;
      return ReadinessAssessment.builder().id(copy(o.id())).at(o.at()).until(o.until()).level(o.level())
          .indicatorsMet(o.indicatorsMet()).indicatorsNotMet(o.indicatorsNotMet())
          .assessedBy(copy(o.assessedBy())).build();
    }
    if (e instanceof GoalAttempt) {
      GoalAttempt o = (GoalAttempt) e;
      return GoalAttempt.builder().id(copy(o.id())).at(o.at()).until(o.until()).goalId(copy(o.goalId()))
          .assistance(o.assistance().map(Copies::copy)).outcome(o.outcome()).gasLevel(o.gasLevel())
          .opportunities(o.opportunities()).correctResponses(o.correctResponses()).build();
    }
    if (e instanceof ConnectionObservation) {
      ConnectionObservation o = (ConnectionObservation) e;
      return ConnectionObservation.builder().id(copy(o.id())).at(o.at()).until(o.until()).sign(copy(o.sign()))
          .build();
    }
    if (e instanceof ClinicianNote) {
      ClinicianNote o = (ClinicianNote) e;
      return ClinicianNote.builder().id(copy(o.id())).at(o.at()).until(o.until()).text(copy(o.text())).build();
    }
    if (e instanceof VendorFixtures.HydrationBreak) {
      VendorFixtures.HydrationBreak o = (VendorFixtures.HydrationBreak) e;
      return VendorFixtures.HydrationBreak.builder().id(copy(o.id())).at(o.at()).until(o.until())
          .millilitres(o.millilitres()).build();
    }
    if (e instanceof CaregiverReport) {
      CaregiverReport o = (CaregiverReport) e;
      List<Code> concerns = new ArrayList<>();
      o.concerns().forEach(c -> concerns.add(copy(c)));
      return CaregiverReport.builder().id(copy(o.id())).at(o.at()).until(o.until()).concerns(concerns)
          .words(o.words().map(Copies::copy)).build();
    }
    if (e instanceof CaregiverPresence) {
      CaregiverPresence o = (CaregiverPresence) e;
      return CaregiverPresence.builder().id(copy(o.id())).at(o.at()).until(o.until()).caregiver(copy(o.caregiver()))
          .build();
    }
    if (e instanceof CaregiverCoaching) {
      CaregiverCoaching o = (CaregiverCoaching) e;
      return CaregiverCoaching.builder().id(copy(o.id())).at(o.at()).until(o.until()).strategy(copy(o.strategy()))
          .step(o.step()).build();
    }
    if (e instanceof IncidentRecord) {
      IncidentRecord o = (IncidentRecord) e;
      List<Notification> told = new ArrayList<>();
      o.told().forEach(n -> told.add(Notification.of(copy(n.role()), n.at())));
      return IncidentRecord.builder().id(copy(o.id())).at(o.at()).until(o.until()).harmSign(copy(o.harmSign()))
          .antecedent(o.antecedent().map(Copies::copy)).injury(o.injury())
          .physicalIntervention(copy(o.physicalIntervention())).told(told).account(o.account().map(Copies::copy))
          .build();
    }
    if (e instanceof Handover) {
      Handover o = (Handover) e;
      return Handover.builder().id(copy(o.id())).at(o.at()).until(o.until()).to(copy(o.to())).build();
    }
    throw new IllegalArgumentException("no copy for " + e.getClass().getName());
  }

  /**
   * {@code e} under another id, everything else equal.
   *
   * @param e an event of a library kind
   * @param id the new id
   * @return the copy
   */
  public static SessionEvent withId(SessionEvent e, String id) {
    if (e instanceof RegulationObservation) {
      return RegulationObservation.builder().from((RegulationObservation) e).id(id).build();
    } else if (e instanceof SensorySupport) {
      SensorySupport o = (SensorySupport) e;
      return SensorySupport.builder().id(id).at(o.at()).until(o.until()).support(o.support())
          .systems(o.systems()).quality(o.quality()).response(o.response()).effect(o.effect()).build();
    } else if (e instanceof Activity) {
      return Activity.builder().from((Activity) e).id(id).build();
    } else if (e instanceof EnvironmentFactor) {
      return EnvironmentFactor.builder().from((EnvironmentFactor) e).id(id).build();
    } else if (e instanceof ReadinessAssessment) {
      return ReadinessAssessment.builder().from((ReadinessAssessment) e).id(id).build();
    } else if (e instanceof GoalAttempt) {
      return GoalAttempt.builder().from((GoalAttempt) e).id(id).build();
    } else if (e instanceof ConnectionObservation) {
      return ConnectionObservation.builder().from((ConnectionObservation) e).id(id).build();
    } else if (e instanceof ClinicianNote) {
      return ClinicianNote.builder().from((ClinicianNote) e).id(id).build();
    } else if (e instanceof CaregiverReport) {
      return CaregiverReport.builder().from((CaregiverReport) e).id(id).build();
    } else if (e instanceof CaregiverPresence) {
      return CaregiverPresence.builder().from((CaregiverPresence) e).id(id).build();
    } else if (e instanceof CaregiverCoaching) {
      return CaregiverCoaching.builder().from((CaregiverCoaching) e).id(id).build();
    } else if (e instanceof IncidentRecord) {
      return IncidentRecord.builder().from((IncidentRecord) e).id(id).build();
    } else if (e instanceof Handover) {
      return Handover.builder().from((Handover) e).id(id).build();
    } else if (e instanceof VendorFixtures.HydrationBreak) {
      VendorFixtures.HydrationBreak o = (VendorFixtures.HydrationBreak) e;
      return VendorFixtures.HydrationBreak.builder().id(id).at(o.at()).until(o.until())
          .millilitres(o.millilitres()).build();
    }
    throw new IllegalArgumentException("no copy for " + e.getClass().getName());
  }

  private static Code copy(Code c) {
    return Code.of(copy(c.system()), copy(c.code()), c.display().map(Copies::copy).orElse(null));
  }

  private static Interval copy(Interval i) {
    return Interval.of(i.start(), i.end());
  }

  private static String copy(String s) {
    return new String(s.toCharArray());
  }

}
