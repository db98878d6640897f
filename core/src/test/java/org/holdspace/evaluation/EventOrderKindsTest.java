package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.EventKind;
import org.holdspace.testkit.HandWrittenEvents;
import org.holdspace.timeline.SessionEvent;
import org.junit.jupiter.api.Test;

/** The evaluation's index of kinds reads {@link EventKind}: every kind, the library's values and anyone's. */
class EventOrderKindsTest {

  @Test
  void everyEventIsIndexedByItsKind() {
    for (PublicScenario scenario : PublicScenario.values()) {
      List<SessionEvent> events = scenario.session().events();
      for (SessionEvent e : events) {
        int expected = EventKind.of(e).orElseThrow().ordinal();
        assertThat(EventOrder.kindIndex(e)).as(e.id()).isEqualTo(expected);
        assertThat(EventOrder.kindIndex(HandWrittenEvents.copyOf(e))).as(e.id()).isEqualTo(expected);
      }
    }
    assertThat(EventOrder.OTHER).isEqualTo(EventKind.values().length);
  }
}
