package org.holdspace.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The allocation-free milliseconds between two instants are exactly {@code Duration.between(a, b).toMillis()}. */
class OverlapsArithmeticTest {
  @Test
  void millisBetweenEqualsDurationBetween() {
    qt(2_000).forAll(longs().between(-62_135_596_800L, 253_402_300_799L), integers().between(0, 999_999_999),
        longs().between(0, 10L * 365 * 24 * 3600), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos, later, laterNanos) -> {
          Instant a = Instant.ofEpochSecond(seconds, nanos);
          Instant b = Instant.ofEpochSecond(seconds + later, laterNanos);
          if (!b.isBefore(a)) {
            assertThat(Overlaps.millisBetween(a, b)).isEqualTo(Duration.between(a, b).toMillis());
          }
        });
    Instant t = Instant.parse("2026-03-02T09:00:00.999999999Z");
    assertThat(Overlaps.millisBetween(t, t.plusNanos(1))).isZero();
    assertThat(Overlaps.millisBetween(t, t.plusNanos(1_000_001))).isEqualTo(1);
  }
}
