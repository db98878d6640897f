package org.holdspace.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;

import java.util.Optional;
import java.util.OptionalInt;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.internal.Traits;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.HandWrittenEvents;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/** The encoded optional parts read back as the getters answer, for the library's values and for any other implementation. */
class EventTraitsTest {

  @Test
  void readsAsTheGettersAnswer() {
    qt(300).forAll(Generators.sessions()).checkAssert(session -> {
      for (SessionEvent library : session.events()) {
        for (SessionEvent e : new SessionEvent[] {library, HandWrittenEvents.copyOf(library)}) {
          if (e instanceof RegulationObservation) {
            RegulationObservation o = (RegulationObservation) e;
            assertThat(EventTraits.mode(o)).isEqualTo(o.mode().orElse(null));
          } else if (e instanceof SensorySupport) {
            SensorySupport s = (SensorySupport) e;
            assertThat(EventTraits.effect(s)).isEqualTo(s.effect().orElse(null));
          } else if (e instanceof GoalAttempt) {
            GoalAttempt a = (GoalAttempt) e;
            assertThat(EventTraits.outcome(a)).isEqualTo(a.outcome().orElse(null));
            assertThat(EventTraits.gasLevel(a, Integer.MIN_VALUE)).isEqualTo(a.gasLevel().orElse(Integer.MIN_VALUE));
          }
        }
      }
    });
  }

  @Test
  void everyOutcomeAndLevelRoundTrips() {
    GoalAttempt base = (GoalAttempt) PublicScenario.STEADY_SESSION.session().events().stream()
        .filter(e -> e instanceof GoalAttempt).findFirst().orElseThrow();
    for (int level = -2; level <= 2; level++) {
      for (AttemptOutcome outcome : AttemptOutcome.values()) {
        GoalAttempt a = GoalAttempt.builder().from(base).outcome(outcome).gasLevel(level).build();
        assertThat(EventTraits.outcome(a)).isEqualTo(outcome);
        assertThat(EventTraits.gasLevel(a, Integer.MIN_VALUE)).isEqualTo(level);
      }
    }
    // a level the encoding cannot hold is left to the getters
    assertThat(Traits.withLevel(Traits.of(Optional.<AttemptOutcome>empty()), OptionalInt.of(3))).isZero();
    assertThat(Traits.withLevel(Traits.of(Optional.<AttemptOutcome>empty()), OptionalInt.of(-3))).isZero();
  }
}
