package org.holdspace.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;

import java.util.Locale;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * A summary on hold has no sendable text (DOMAIN.md invariant 9): {@code text()} is empty unless
 * the summary is ready, and the draft is reachable only as the clinician's draft.
 */
class HeldSummaryTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());

  @Test
  void noSendableTextWhileOnHoldInEitherLanguage() {
    qt(300).forAll(Generators.sessions().mix(Generators.stories(), 50)).checkAssert(s -> {
      Assessment a = EVALUATOR.evaluate(s);
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
        ParentSummary summary = Narrator.of(locale).parentSummary(s, a);
        if (summary.isReady()) {
          assertThat(summary.text()).isEqualTo(summary.draftForClinician());
        } else {
          assertThat(summary.text()).isEmpty();
        }
      }
    });
  }

  @Test
  void anIncidentsSummaryIsADraftUntilTheClinicianAddsTheirWords() {
    org.holdspace.session.Session q = PublicScenario.ONE_HARD_MOMENT_THEN_HELD.session();
    ParentSummary held = Narrator.of(Locale.ENGLISH).parentSummary(q, EVALUATOR.evaluate(q));
    assertThat(held.status()).isEqualTo(SummaryStatus.NEEDS_CLINICIAN_REVIEW);
    assertThat(held.text()).isEmpty();
    assertThat(held.draftForClinician()).isNotEmpty();
    ParentSummary ready = held.withClinicianWords("We talked at pick-up about the hard moment.");
    assertThat(ready.isReady()).isTrue();
    assertThat(ready.text()).startsWith(held.draftForClinician()).endsWith("about the hard moment.");
  }
}
