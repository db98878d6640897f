package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.demand.Activity;
import org.holdspace.demand.ActivityCodes;
import org.holdspace.demand.DemandLevel;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.timeline.Overlaps;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/** Which events a rule cites, at the edges of DOMAIN.md's definitions, in small sessions made for each. */
class RuleEvidenceTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Session BASE = PublicScenario.HARD_DAY.session();
  private static final Instant START = BASE.actual().get().start();

  @Test
  void aMoveTowardRegulatedThatStaysDysregulatedStartsTheNextUnchangedStretch() {
    // crisis for 5 minutes (too short to ask about), then escalated, a move toward regulated but
    // still dysregulated, unchanged for 25 minutes: the question cites that observation
    Assessment a = evaluate(
        regulation("r1", 0, 5, ArousalBand.CRISIS, RegulationMode.NOT_YET),
        regulation("r2", 5, 30, ArousalBand.ESCALATED, RegulationMode.NOT_YET));
    assertThat(evidence(a, "prompt.sensory-needs-and-environment")).containsExactly("r2");
  }

  @Test
  void safetyThroughPresenceCitesOnlyPresenceAfterTheLastHarm() {
    // a connection sign before an act of aggression; after it, the child is held (co-regulated,
    // still escalated) for 30 minutes and shows a connection sign: presence after the harm
    Assessment a = evaluate(
        connection("c1", 2),
        regulation("r1", 3, 5, ArousalBand.ESCALATED, RegulationMode.NOT_YET, RegulationSignCodes.AGGRESSION),
        regulation("r2", 10, 40, ArousalBand.ESCALATED, RegulationMode.CO_REGULATED),
        connection("c2", 12));
    assertThat(evidence(a, "finding.safety.presence-after-harm")).containsExactly("r2", "c2");
  }

  @Test
  void aRiseInDemandCountsUpToTheReflectionWindowBeforeAnEscalation() {
    // demand rises at minute 10, and again at 20; the child escalates at 25, exactly the reflection
    // window (5 minutes) after the second rise and further after the first: only the second is related
    Assessment a = evaluate(
        regulation("r1", 0, 25, ArousalBand.REGULATED, RegulationMode.SELF_REGULATED),
        activity("a1", 10, 19, DemandLevel.MODERATE),
        activity("a2", 20, 30, DemandLevel.HIGH),
        regulation("r2", 25, 35, ArousalBand.ESCALATED, RegulationMode.NOT_YET));
    assertThat(evidence(a, "prompt.demand-before-escalation")).containsExactly("a2", "r2");
  }

  @Test
  void theFactsMakeOnePresenceIndex() {
    SessionFacts facts = SessionFacts.of(BASE, EvaluationConfig.defaults(), ClientHistory.none());
    assertThat(facts.presenceIndex()).isSameAs(facts.presenceIndex());
    Overlaps<SessionEvent> fresh = new Overlaps<>(facts.presence());
    for (SessionEvent e : facts.timeline()) {
      assertThat(facts.presenceIndex().indexOfAnyWithin(e.at(), Duration.ofMinutes(5)))
          .isEqualTo(fresh.indexOfAnyWithin(e.at(), Duration.ofMinutes(5)));
    }
  }

  private static Assessment evaluate(SessionEvent... events) {
    return EVALUATOR.evaluate(Session.builder().from(BASE).events(List.of(events)).build());
  }

  private static List<String> evidence(Assessment a, String key) {
    return a.findings().stream().filter(f -> f.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + key + " in " + a.findings())).evidence();
  }

  private static Instant at(int minute) {
    return START.plus(Duration.ofMinutes(minute));
  }

  private static RegulationObservation regulation(String id, int from, int to, ArousalBand band, RegulationMode mode,
      org.holdspace.code.Code... signs) {
    return RegulationObservation.builder().id(id).at(at(from)).until(at(to)).band(band).mode(mode).addSigns(signs)
        .build();
  }

  private static Activity activity(String id, int from, int to, DemandLevel demand) {
    return Activity.builder().id(id).at(at(from)).until(at(to)).activity(ActivityCodes.FREE_PLAY).demand(demand).build();
  }

  private static ConnectionObservation connection(String id, int minute) {
    return ConnectionObservation.builder().id(id).at(at(minute)).sign(ConnectionSignCodes.SHARED_ATTENTION).build();
  }
}
