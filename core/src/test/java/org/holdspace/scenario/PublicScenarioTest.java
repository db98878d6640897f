package org.holdspace.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.holdspace.goal.GoalAttempt;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySupportCodes;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.Session;
import org.holdspace.session.SessionConstraints;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The six public scenarios exist as valid sessions with the shape the domain describes. */
class PublicScenarioTest {

  private static <T extends SessionEvent> List<T> eventsOf(Session s, Class<T> type) {
    return s.events().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  private static List<ArousalBand> bandsInTimeOrder(Session s) {
    return eventsOf(s, RegulationObservation.class).stream()
        .sorted(java.util.Comparator.comparing(SessionEvent::at))
        .map(RegulationObservation::band).collect(Collectors.toList());
  }

  @ParameterizedTest
  @EnumSource(PublicScenario.class)
  void everyScenarioIsAValidSessionAndTheSameEachTime(PublicScenario scenario) {
    Session s = scenario.session();
    assertThat(SessionConstraints.violationsOf(s)).isEmpty();
    assertThat(scenario.session()).isEqualTo(s).isNotSameAs(s);
  }

  @Test
  void lettersRunFromAToFThenQToU() {
    assertThat(PublicScenario.values()).extracting(PublicScenario::letter)
        .containsExactly('A', 'B', 'C', 'D', 'E', 'F', 'Q', 'R', 'S', 'T', 'U');
  }

  @Test
  void hardDayGoesFromDistressThroughShutdownToCalmWithoutGoalWork() {
    Session s = PublicScenario.HARD_DAY.session();
    assertThat(bandsInTimeOrder(s)).startsWith(ArousalBand.ESCALATED).endsWith(ArousalBand.REGULATED)
        .contains(ArousalBand.SHUT_DOWN);
    assertThat(eventsOf(s, GoalAttempt.class)).isEmpty();
    assertThat(s.actual().get().length().toMinutes()).isEqualTo(60);
  }

  @Test
  void steadySessionPractisesTwoGoalsAtZeroAndMinusOne() {
    assertThat(eventsOf(PublicScenario.STEADY_SESSION.session(), GoalAttempt.class))
        .extracting(a -> a.gasLevel().getAsInt()).containsExactlyInAnyOrder(0, -1);
  }

  @Test
  void oneSupportDeclinedAndOneThatHelped() {
    List<SensorySupport> supports = eventsOf(PublicScenario.ONE_SUPPORT_HELPS.session(), SensorySupport.class);
    assertThat(supports).anySatisfy(x -> {
      assertThat(x.support()).isEqualTo(SensorySupportCodes.FIDGET);
      assertThat(x.response()).isEqualTo(SupportResponse.DECLINED);
    });
    assertThat(supports).anySatisfy(x -> {
      assertThat(x.support()).isEqualTo(SensorySupportCodes.DEEP_PRESSURE);
      assertThat(x.effect()).contains(SupportEffect.HELPED);
    });
  }

  @Test
  void demandOutrunsReadinessEscalatesAndPartlyRecovers() {
    assertThat(bandsInTimeOrder(PublicScenario.DEMAND_OUTRUNS_READINESS.session()))
        .containsExactly(ArousalBand.REGULATED, ArousalBand.CRISIS, ArousalBand.ESCALATED);
  }

  @Test
  void nothingDocumentedHasOnlyTimes() {
    Session s = PublicScenario.NOTHING_DOCUMENTED.session();
    assertThat(s.events()).isEmpty();
    assertThat(s.actual()).isPresent();
  }

  @Test
  void shutdownAllSessionNeverReachesRegulated() {
    assertThat(bandsInTimeOrder(PublicScenario.SHUTDOWN_ALL_SESSION.session())).containsOnly(ArousalBand.SHUT_DOWN);
  }
}
