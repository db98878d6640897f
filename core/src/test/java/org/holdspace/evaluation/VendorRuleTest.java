package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.VendorFixtures.ClinicSession;
import org.holdspace.testkit.VendorFixtures.HydrationBreak;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** A vendor's rule and a vendor's event type flow through evaluation; rule sets can be changed. */
class VendorRuleTest {

  /** A vendor rule over the vendor's own event type. */
  static final Rule HYDRATION = new Rule() {
    @Override
    public String id() {
      return "acme.hydration";
    }

    @Override
    public int version() {
      return 3;
    }

    @Override
    public List<Finding> evaluate(SessionFacts facts) {
      List<String> ids = new ArrayList<>();
      for (HydrationBreak b : facts.eventsOf(HydrationBreak.class)) {
        ids.add(b.id());
      }
      return ids.isEmpty() ? List.of() : List.of(Finding.context(this, "acme.hydration.taken", ids));
    }
  };

  private static Session vendorHardDay() {
    Session hardDay = PublicScenario.HARD_DAY.session();
    return ClinicSession.builder().from(hardDay).payerId("payer-1")
        .addEvents(HydrationBreak.builder().id("v1").at(hardDay.actual().get().start().plus(Duration.ofMinutes(47)))
            .millilitres(150).build())
        .build();
  }

  @Test
  void vendorRuleSeesTheVendorEventAndTheStandardRulesKeepIt() {
    RuleSet rules = StandardRules.ruleSet().with(HYDRATION).named("acme.rules", "2026.1");
    Assessment a = Evaluator.of(rules).evaluate(vendorHardDay());
    assertThat(a.ruleSetId()).isEqualTo("acme.rules");
    assertThat(a.ruleSetVersion()).isEqualTo("2026.1");
    assertThat(a.findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("acme.hydration");
      assertThat(f.ruleVersion()).isEqualTo(3);
      assertThat(f.evidence()).containsExactly("v1");
    });
    assertThat(a.unknownEventIds()).containsExactly("v1");
    assertThat(a.headline()).isEqualTo(Headline.HARD_DAY_SAFETY_AND_REGULATION);
  }

  @Test
  void vendorSessionEvaluatesLikeTheSameLibrarySession() {
    Session vendor = vendorHardDay();
    Evaluator standard = Evaluator.of(StandardRules.ruleSet());
    Assessment a = standard.evaluate(vendor);
    List<SessionEvent> libraryEvents = new ArrayList<>(vendor.events());
    libraryEvents.removeIf(HydrationBreak.class::isInstance);
    Assessment b = standard.evaluate(Session.builder().from(vendor).events(libraryEvents).build());
    assertThat(a.findings()).isEqualTo(b.findings());
    assertThat(a.rungs()).isEqualTo(b.rungs());
  }

  @Test
  void rulesCanBeRemovedAndReplaced() {
    RuleSet withoutArrival = StandardRules.ruleSet().without(StandardRules.ARRIVAL_ID);
    Assessment a = Evaluator.of(withoutArrival).evaluate(PublicScenario.HARD_DAY.session());
    assertThat(a.reflections()).extracting(Finding::ruleId).doesNotContain(StandardRules.ARRIVAL_ID).isNotEmpty();
    Rule quietConnection = new Rule() {
      @Override
      public String id() {
        return StandardRules.CONNECTION_ID;
      }

      @Override
      public int version() {
        return 99;
      }

      @Override
      public List<Finding> evaluate(SessionFacts facts) {
        return List.of();
      }
    };
    RuleSet replaced = StandardRules.ruleSet().replacing(quietConnection);
    assertThat(replaced.rules()).hasSameSizeAs(StandardRules.ruleSet().rules());
    assertThat(Evaluator.of(replaced).evaluate(PublicScenario.HARD_DAY.session()).rungs())
        .doesNotContain(Rung.CONNECTION);
  }

  @Test
  void duplicateRuleIdsAreRefused() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> StandardRules.ruleSet().with(StandardRules.SAFETY));
    assertThat(e.has(CoreViolation.DUPLICATE_ID, "rules[14].id")).isTrue();
  }

  @Test
  void aFailingRuleIsNamedInTheError() {
    Rule broken = new Rule() {
      @Override
      public String id() {
        return "acme.broken";
      }

      @Override
      public int version() {
        return 1;
      }

      @Override
      public List<Finding> evaluate(SessionFacts facts) {
        throw new ArithmeticException("boom");
      }
    };
    IllegalStateException e = catchThrowableOfType(IllegalStateException.class,
        () -> Evaluator.of(StandardRules.ruleSet().with(broken)).evaluate(PublicScenario.STEADY_SESSION.session()));
    assertThat(e).hasMessage("Rule acme.broken v1 failed").hasCauseInstanceOf(ArithmeticException.class);
  }
}
