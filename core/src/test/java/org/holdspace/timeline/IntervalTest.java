package org.holdspace.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

class IntervalTest {
  private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void lengthAndContainmentIncludeBothEnds() {
    Interval hour = Interval.of(NINE, Duration.ofHours(1));
    assertThat(hour.length()).isEqualTo(Duration.ofHours(1));
    assertThat(hour.contains(NINE)).isTrue();
    assertThat(hour.contains(NINE.plusSeconds(3600))).isTrue();
    assertThat(hour.contains(NINE.minusNanos(1))).isFalse();
    assertThat(hour.contains(NINE.plusSeconds(3600).plusNanos(1))).isFalse();
  }

  @Test
  void zeroLengthIsAllowed() {
    assertThat(Interval.of(NINE, NINE).length()).isZero();
  }

  @Test
  void endBeforeStartIsRefused() {
    assertThatThrownBy(() -> Interval.of(NINE, NINE.minusSeconds(1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).hasSize(1);
          assertThat(e.has(CoreViolation.END_BEFORE_START, "end")).isTrue();
        });
  }

  @Test
  void missingEndsAreBothReported() {
    assertThatThrownBy(() -> Interval.of(null, (Instant) null))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.has(CoreViolation.REQUIRED, "start")).isTrue();
          assertThat(e.has(CoreViolation.REQUIRED, "end")).isTrue();
        });
  }
}
