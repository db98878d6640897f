package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.internal.BufferedRule;
import org.holdspace.evaluation.internal.FindingBuffer;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * The standard rules find the same whether the evaluator hands them its buffer or they are called
 * on their own, as a vendor calls a rule; and the evaluator refuses a buffered rule that leaves
 * evidence no finding cites.
 */
class BufferedRulesTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());

  @Test
  void aRuleCalledOnItsOwnFindsWhatItFindsInTheEvaluation() {
    qt(300).forAll(Generators.heldSessions().mix(Generators.stories(), 50)).checkAssert(session -> {
      Assessment assessment = EVALUATOR.evaluate(session);
      SessionFacts facts = SessionFacts.of(session, EVALUATOR.config(), ClientHistory.none());
      List<Finding> alone = new ArrayList<>();
      for (Rule rule : StandardRules.ruleSet().rules()) {
        List<Finding> found = rule.evaluate(facts);
        assertThat(found).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo(rule.id()));
        alone.addAll(found);
      }
      assertThat(assessment.findings()).isEqualTo(alone);
    });
  }

  @Test
  void evidenceLeftWithoutAFindingIsAFailureOfTheRule() {
    class Careless implements Rule, BufferedRule<SessionFacts, Finding> {
      @Override
      public String id() {
        return "test.careless";
      }

      @Override
      public int version() {
        return 1;
      }

      @Override
      public List<Finding> evaluate(SessionFacts facts) {
        return List.of();
      }

      @Override
      public void evaluate(SessionFacts facts, FindingBuffer<Finding> into) {
        into.add("e1"); // and no finding takes it
      }

      @Override
      public Finding make(int kind, int rung, String key, List<String> evidence) {
        return Finding.context(this, key, evidence);
      }
    }
    Evaluator careless = Evaluator.of(StandardRules.ruleSet().with(new Careless()));
    assertThatThrownBy(() -> careless.evaluate(PublicScenario.HARD_DAY.session()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.careless");
  }
}
