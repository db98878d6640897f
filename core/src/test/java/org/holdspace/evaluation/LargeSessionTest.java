package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.holdspace.demand.Activity;
import org.holdspace.demand.ActivityCodes;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.demand.EnvironmentFactorCodes;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.code.Code;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.timeline.Interval;
import org.junit.jupiter.api.Test;

/** A day-long record of 20,000 events evaluates correctly (speed itself is measured by the benchmarks). */
class LargeSessionTest {

  @Test
  void twentyThousandEventsEvaluateWithEveryRuleFindingItsEvidence() {
    Instant start = Instant.parse("2026-03-02T08:00:00Z");
    Interval day = Interval.of(start, Duration.ofHours(10));
    Session.Builder b = Session.builder().id("big").clientId("c").clinicianId("t")
        .discipline(DisciplineCodes.OCCUPATIONAL_THERAPY).planned(day).actual(day).status(SessionStatus.COMPLETED);
    int n = 5_000;
    for (int i = 0; i < n; i++) {
      Instant t = start.plusSeconds(i * 7L);
      boolean calm = i % 4 != 1;
      b.addEvent(RegulationObservation.builder().id("r" + i).at(t).until(t.plusSeconds(6))
          .band(calm ? ArousalBand.REGULATED : ArousalBand.ESCALATED).build());
      b.addEvent(Activity.builder().id("a" + i).at(t).until(t.plusSeconds(5)).activity(ActivityCodes.TABLE_TASK)
          .demand(i % 2 == 0 ? DemandLevel.LOW : DemandLevel.HIGH).build());
      b.addEvent(EnvironmentFactor.builder().id("f" + i).at(t.plusSeconds(1)).factor(EnvironmentFactorCodes.NOISE).build());
      b.addEvent(SensorySupport.builder().id("s" + i).at(t.plusSeconds(2))
          .support(Code.of("https://ehr.example/supports", "support-" + i))
          .response(SupportResponse.ACCEPTED).effect(SupportEffect.HELPED).build());
    }
    Session big = b.build();
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(big);
    assertThat(big.events()).hasSize(4 * n);
    assertThat(a.rungs()).contains(Rung.SAFETY, Rung.REGULATION, Rung.ENGAGEMENT);
    // every report of help is corroborated by the next regulated observation, but the last one,
    // which comes after the last move toward regulated
    assertThat(a.supportsThatHelped()).hasSize(n - 1);
    assertThat(a.reflections()).extracting(Finding::key)
        .contains("prompt.demand-before-escalation", "prompt.environment-load");
  }
}
