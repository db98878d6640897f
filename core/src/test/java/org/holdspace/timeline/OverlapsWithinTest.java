package org.holdspace.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.holdspace.evaluation.ClientHistory;
import org.holdspace.evaluation.EvaluationConfig;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.Test;

/** Asking for an event within a window of a moment answers what asking for one overlapping [moment - window, moment + window] does. */
class OverlapsWithinTest {

  @Test
  void withinAWindowIsOverlappingTheWindow() {
    qt(300).forAll(Generators.stories(), integers().between(0, 40 * 60), integers().between(0, 999_999_999),
        integers().between(-3600, 3600)).checkAssert((session, windowSeconds, windowNanos, offset) -> {
          List<SessionEvent> timeline =
              SessionFacts.of(session, EvaluationConfig.defaults(), ClientHistory.none()).timeline();
          Overlaps<SessionEvent> index = new Overlaps<>(timeline);
          Duration window = Duration.ofSeconds(windowSeconds, windowNanos);
          for (SessionEvent e : timeline) {
            for (Instant moment : new Instant[] {e.at(), e.end(), e.at().plusSeconds(offset), e.end().plus(window),
                e.at().minus(window).minusNanos(1)}) {
              int within = index.indexOfAnyWithin(moment, window);
              assertThat(within).isEqualTo(index.indexOfAnyOverlapping(moment.minus(window), moment.plus(window)));
              if (within >= 0) { // and it does overlap the window
                SessionEvent found = timeline.get(within);
                assertThat(found.at()).isBeforeOrEqualTo(moment.plus(window));
                assertThat(found.end()).isAfterOrEqualTo(moment.minus(window));
              }
            }
          }
        });
  }

  @Test
  void aNegativeWindowIsRefused() {
    Overlaps<SessionEvent> index = new Overlaps<>(List.of());
    assertThatThrownBy(() -> index.indexOfAnyWithin(Instant.EPOCH, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(index.indexOfAnyWithin(Instant.EPOCH, Duration.ZERO)).isEqualTo(-1);
  }
}
