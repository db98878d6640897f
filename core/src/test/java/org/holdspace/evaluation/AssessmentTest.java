package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.holdspace.testkit.Theories.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.holdspace.code.Code;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.EndReasonKind;
import org.holdspace.session.SessionStatus;
import org.holdspace.testkit.Generators;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * An assessment as the evaluator makes it (its parts as made, its findings made when first read)
 * is equal to, hashes as and prints as the same assessment built from its parts; nothing in it can
 * be changed; and threads that read its findings at once read equal findings.
 */
class AssessmentTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());

  @Test
  void isTheAssessmentBuiltFromItsParts() {
    qt(300).forAll(Generators.sessions().mix(Generators.stories(), 50)).checkAssert(s -> {
      Assessment evaluated = EVALUATOR.evaluate(s);
      Assessment built = Assessment.builder().from(evaluated).build();
      assertThat(evaluated).isEqualTo(built);
      assertThat(built).isEqualTo(evaluated);
      assertThat(evaluated.hashCode()).isEqualTo(built.hashCode());
      assertThat(evaluated.toString()).isEqualTo(built.toString());
      assertThat(evaluated.findings()).isSameAs(evaluated.findings());
      assertThatThrownBy(() -> evaluated.findings().add(null)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> evaluated.rungs().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> evaluated.supportsThatHelped().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> evaluated.supportsPresentWhenRegulationCame().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> evaluated.caregiverReported().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> evaluated.toTryAtHome().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> evaluated.unknownEventIds().clear()).isInstanceOf(UnsupportedOperationException.class);
    });
  }

  @Test
  void differsFromAnAssessmentThatDiffersInAnyOneAttribute() {
    Assessment evaluated = EVALUATOR.evaluate(PublicScenario.HARD_DAY.session());
    Code other = Code.of("https://example.org/other", "other");
    List<UnaryOperator<Assessment.Builder>> changes = List.of(
        b -> b.sessionId("other"),
        b -> b.ruleSetId("other"),
        b -> b.ruleSetVersion("other"),
        b -> b.headline(Headline.GOAL_PROGRESS),
        // the rungs agree with the rung findings, so they differ only together
        b -> b.rungs(List.of()).findings(evaluated.findings(FindingKind.REFLECTION)),
        b -> b.findings(evaluated.findings().subList(1, evaluated.findings().size())),
        b -> b.goalOutcome(GoalOutcome.builder().attemptIds(List.of("other")).build()),
        b -> b.status(SessionStatus.ENDED_EARLY),
        b -> b.endReasonKind(EndReasonKind.ILLNESS),
        b -> b.supportsThatHelped(List.of(other)),
        b -> b.supportsPresentWhenRegulationCame(List.of(other)),
        b -> b.caregiverReported(List.of(other)),
        b -> b.toTryAtHome(List.of(other)),
        b -> b.timeToRegulate(Duration.ofDays(1)),
        b -> b.regulatedShare(0.123),
        b -> b.unknownEventIds(List.of("other")));
    for (UnaryOperator<Assessment.Builder> change : changes) {
      Assessment changed = change.apply(Assessment.builder().from(evaluated)).build();
      assertThat(changed).isNotEqualTo(evaluated);
      assertThat(evaluated).isNotEqualTo(changed);
    }
  }

  @Test
  void threadsReadingTheFindingsAtOnceReadEqualFindings() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 200; round++) {
        Assessment shared = EVALUATOR.evaluate(PublicScenario.values()[round % PublicScenario.values().length].session());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Finding>>> reads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          reads.add(pool.submit(() -> {
            start.await();
            return shared.findings();
          }));
        }
        start.countDown();
        List<Finding> first = reads.get(0).get();
        for (Future<List<Finding>> read : reads) {
          assertThat(read.get()).isEqualTo(first);
        }
        assertThat(first).isEqualTo(Assessment.builder().from(shared).build().findings());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rungsAndRungFindingsThatDisagreeAreRefused() {
    Assessment evaluated = EVALUATOR.evaluate(PublicScenario.HARD_DAY.session());
    assertThat(evaluated.rungs()).contains(Rung.SAFETY);
    ValidationException missingRung = catchThrowableOfType(ValidationException.class,
        () -> Assessment.builder().from(evaluated).rungs(List.of(Rung.REGULATION, Rung.CONNECTION)).build());
    assertThat(missingRung.violations()).extracting(v -> v.code().code()).containsOnly("assessment.rung-not-held");
    ValidationException noEvidence = catchThrowableOfType(ValidationException.class,
        () -> Assessment.builder().from(evaluated).findings(evaluated.findings(FindingKind.REFLECTION)).build());
    assertThat(noEvidence.violations()).extracting(v -> v.path())
        .containsExactly("rungs[0]", "rungs[1]", "rungs[2]");
  }
}
