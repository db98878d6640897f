package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.testkit.Generators;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/**
 * The facts' lists, gathered in one pass for speed, are what their javadoc says: each the
 * timeline's events that match, in time order; the supports credited are those the definition
 * names, found here the slow way; and none of the lists can be changed.
 */
class SessionFactsListsTest {

  @Test
  void eachListIsTheTimelineFilteredByItsDefinition() {
    qt(300).forAll(Generators.sessions().mix(Generators.vendorSessions(), 20)).checkAssert(s -> {
      SessionFacts f = SessionFacts.of(s, EvaluationConfig.defaults(), ClientHistory.none());
      List<SessionEvent> t = f.timeline();
      assertThat(f.regulation()).isEqualTo(filter(t, e -> e instanceof RegulationObservation));
      assertThat(f.regulated()).isEqualTo(filter(t, e -> e instanceof RegulationObservation
          && ((RegulationObservation) e).band().isRegulated()));
      assertThat(f.dysregulated()).isEqualTo(filter(t, e -> e instanceof RegulationObservation
          && !((RegulationObservation) e).band().isRegulated()));
      assertThat(f.harmObservations()).isEqualTo(filter(t, e -> e instanceof RegulationObservation
          && hasHarmSign((RegulationObservation) e, f.config())));
      assertThat(f.supports()).isEqualTo(filter(t, e -> e instanceof SensorySupport));
      assertThat(f.acceptedSupports()).isEqualTo(filter(t, SessionFactsListsTest::accepted));
      assertThat(f.activities()).isEqualTo(filter(t, e -> e instanceof Activity));
      assertThat(f.environment()).isEqualTo(filter(t, e -> e instanceof EnvironmentFactor));
      assertThat(f.readiness()).isEqualTo(filter(t, e -> e instanceof ReadinessAssessment));
      assertThat(f.goalAttempts()).isEqualTo(filter(t, e -> e instanceof GoalAttempt));
      assertThat(f.connections()).isEqualTo(filter(t, e -> e instanceof ConnectionObservation));
      assertThat(f.caregiverReports()).isEqualTo(filter(t, e -> e instanceof CaregiverReport));
      assertThat(f.caregiverPresence()).isEqualTo(filter(t, e -> e instanceof CaregiverPresence));
      assertThat(f.coaching()).isEqualTo(filter(t, e -> e instanceof CaregiverCoaching));
      assertThat(f.incidentRecords()).isEqualTo(filter(t, e -> e instanceof IncidentRecord));
      assertThat(f.handovers()).isEqualTo(filter(t, e -> e instanceof Handover));
      assertThat(f.presence()).isEqualTo(filter(t, e -> e instanceof ConnectionObservation
          || (e instanceof RegulationObservation
              && ((RegulationObservation) e).mode().orElse(null) == RegulationMode.CO_REGULATED)
          || (accepted(e) && ((SensorySupport) e).effect().orElse(null) != SupportEffect.MADE_WORSE)));
      assertThat(f.unknownEvents()).isEqualTo(filter(t, e -> !(e instanceof RegulationObservation
          || e instanceof SensorySupport || e instanceof Activity || e instanceof EnvironmentFactor
          || e instanceof ReadinessAssessment || e instanceof GoalAttempt || e instanceof ConnectionObservation
          || e instanceof CaregiverReport || e instanceof CaregiverPresence || e instanceof CaregiverCoaching
          || e instanceof IncidentRecord || e instanceof Handover || e instanceof ClinicianNote)));
      assertThat(f.eventsOf(SessionEvent.class)).isEqualTo(t);
    });
  }

  @Test
  void supportsAreCreditedAsDefined() {
    qt(400).forAll(Generators.heldSessions()).checkAssert(s -> {
      SessionFacts f = SessionFacts.of(s, EvaluationConfig.defaults(), ClientHistory.none());
      List<SupportCredit> present = new ArrayList<>();
      List<SupportCredit> corroborated = new ArrayList<>();
      List<SensorySupport> reportedOnly = new ArrayList<>();
      for (SensorySupport support : f.acceptedSupports()) {
        // present: the first move toward regulated that starts while it lasts or within the credit window after
        for (Gain g : f.gains()) {
          Instant at = g.to().at();
          if (!support.at().isAfter(at) && !support.end().isBefore(at.minus(f.config().creditWindow()))) {
            present.add(new SupportCredit(support, g.to()));
            break;
          }
        }
        // corroborated: reported as helping, and the first move starting at or after it comes soon enough
        if (support.effect().orElse(null) == SupportEffect.HELPED) {
          RegulationObservation agreeing = null;
          for (Gain g : f.gains()) {
            if (!g.to().at().isBefore(support.at())) {
              if (!g.to().at().isAfter(support.end().plus(f.config().corroborationWindow()))) {
                agreeing = g.to();
              }
              break;
            }
          }
          if (agreeing != null) {
            corroborated.add(new SupportCredit(support, agreeing));
          } else {
            reportedOnly.add(support);
          }
        }
      }
      assertThat(f.supportsPresentWhenRegulationCame()).isEqualTo(present);
      assertThat(f.corroboratedHelp()).isEqualTo(corroborated);
      assertThat(f.reportedHelpNotCorroborated()).isEqualTo(reportedOnly);
    });
  }

  @Test
  void readinessInForceIsAsDefined() {
    // each session also gets a regulated observation at the very start of each readiness assessment
    // (not after it, so it does not end it) and one a second later (which does)
    qt(300).forAll(Generators.heldSessions()).checkAssert(generated -> {
      List<SessionEvent> events = new ArrayList<>(generated.events());
      int n = 0;
      for (SessionEvent e : generated.events()) {
        if (e instanceof ReadinessAssessment && n < 3) {
          events.add(RegulationObservation.builder().id("tie" + n).at(e.at())
              .band(org.holdspace.regulation.ArousalBand.REGULATED).build());
          if (generated.actual().get().contains(e.at().plusSeconds(1))) {
            events.add(RegulationObservation.builder().id("after" + n).at(e.at().plusSeconds(1))
                .band(org.holdspace.regulation.ArousalBand.REGULATED).build());
          }
          n++;
        }
      }
      org.holdspace.session.Session s = org.holdspace.session.Session.builder().from(generated).events(events).build();
      SessionFacts f = SessionFacts.of(s, EvaluationConfig.defaults(), ClientHistory.none());
      for (SessionEvent probe : f.timeline()) {
        for (Instant t : List.of(probe.at(), probe.end(), probe.at().plusMillis(500))) {
          // the latest assessment at or before t, unless a regulated observation began after it and by t
          ReadinessAssessment inForce = null;
          for (ReadinessAssessment r : f.readiness()) {
            if (!r.at().isAfter(t)) {
              inForce = r;
            }
          }
          if (inForce != null) {
            for (RegulationObservation o : f.regulated()) {
              if (o.at().isAfter(inForce.at()) && !o.at().isAfter(t)) {
                inForce = null;
                break;
              }
            }
          }
          assertThat(f.readinessAt(t).orElse(null)).isSameAs(inForce);
        }
      }
    });
  }

  @Test
  void noListCanBeChanged() {
    qt(50).forAll(Generators.heldSessions()).checkAssert(s -> {
      SessionFacts f = SessionFacts.of(s, EvaluationConfig.defaults(), ClientHistory.none());
      for (List<?> list : List.of(f.timeline(), f.regulation(), f.regulated(), f.dysregulated(),
          f.harmObservations(), f.supports(), f.acceptedSupports(), f.activities(), f.environment(), f.readiness(),
          f.goalAttempts(), f.connections(), f.caregiverReports(), f.caregiverPresence(), f.coaching(),
          f.incidentRecords(), f.handovers(),
          f.presence(), f.unknownEvents(), f.gains(), f.corroboratedHelp(), f.reportedHelpNotCorroborated(),
          f.supportsPresentWhenRegulationCame())) {
        assertThatThrownBy(() -> list.add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.removeIf(x -> true)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.subList(0, list.size()).clear())
            .isInstanceOf(UnsupportedOperationException.class);
      }
    });
  }

  private static boolean accepted(SessionEvent e) {
    return e instanceof SensorySupport && ((SensorySupport) e).response() == SupportResponse.ACCEPTED;
  }

  private static boolean hasHarmSign(RegulationObservation o, EvaluationConfig config) {
    for (Code sign : o.signs()) {
      for (Code harm : config.harmSigns()) {
        if (harm.isSameConcept(sign)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<SessionEvent> filter(List<SessionEvent> timeline, Predicate<SessionEvent> keep) {
    List<SessionEvent> kept = new ArrayList<>();
    for (SessionEvent e : timeline) {
      if (keep.test(e)) {
        kept.add(e);
      }
    }
    return kept;
  }
}
