package org.holdspace.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Headline;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.session.Session;
import org.holdspace.session.SessionConstraints;
import org.junit.jupiter.api.Test;

class SampleSessionsTest {

  @Test
  void theSameSeedGivesEqualSessions() {
    SampleSessions a = new SampleSessions(3);
    SampleSessions b = new SampleSessions(3);
    for (int i = 0; i < 500; i++) {
      assertThat(a.next()).isEqualTo(b.next());
    }
    assertThat(new SampleSessions(4).next()).isNotEqualTo(new SampleSessions(3).next());
  }

  @Test
  void sessionsAreValidAndCoverEveryKindOfDay() {
    SampleSessions sample = new SampleSessions(42);
    Evaluator evaluator = Evaluator.of(StandardRules.ruleSet());
    Map<Headline, Integer> headlines = new EnumMap<>(Headline.class);
    for (int i = 0; i < 2000; i++) {
      Session s = sample.next();
      assertThat(SessionConstraints.violationsOf(s)).isEmpty();
      headlines.merge(evaluator.evaluate(s).headline(), 1, Integer::sum);
    }
    assertThat(headlines).containsKeys(Headline.NOT_HELD, Headline.NOT_DOCUMENTED_ENOUGH,
        Headline.HARD_DAY_SAFETY_AND_REGULATION, Headline.HARD_DAY_SAFETY, Headline.GOAL_PROGRESS);
    assertThat(headlines.get(Headline.GOAL_PROGRESS))
        .isGreaterThan(headlines.get(Headline.HARD_DAY_SAFETY_AND_REGULATION));
  }
}
