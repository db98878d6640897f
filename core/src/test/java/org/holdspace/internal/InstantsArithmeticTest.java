package org.holdspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The allocation-free milliseconds between two instants, and comparisons of milliseconds with durations, answer as {@code Duration} does. */
class InstantsArithmeticTest {
  @Test
  void millisBetweenEqualsDurationBetween() {
    qt(2_000).forAll(longs().between(-62_135_596_800L, 253_402_300_799L), integers().between(0, 999_999_999),
        longs().between(0, 10L * 365 * 24 * 3600), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos, later, laterNanos) -> {
          Instant a = Instant.ofEpochSecond(seconds, nanos);
          Instant b = Instant.ofEpochSecond(seconds + later, laterNanos);
          if (!b.isBefore(a)) {
            assertThat(Instants.millisBetween(a, b)).isEqualTo(Duration.between(a, b).toMillis());
          }
        });
    Instant t = Instant.parse("2026-03-02T09:00:00.999999999Z");
    assertThat(Instants.millisBetween(t, t.plusNanos(1))).isZero();
    assertThat(Instants.millisBetween(t, t.plusNanos(1_000_001))).isEqualTo(1);
  }

  @Test
  void comparesMillisAsDurationsCompare() {
    qt(5_000).forAll(longs().between(-100_000_000L, 100_000_000L), longs().between(-100_000L, 100_000L),
        integers().between(0, 999_999_999)).checkAssert((millis, seconds, nanos) -> {
          Duration d = Duration.ofSeconds(seconds, nanos);
          for (long m : new long[] {millis, d.toMillis(), d.toMillis() + 1, d.toMillis() - 1}) {
            assertThat(Integer.signum(Instants.compareMillis(m, d)))
                .as("%d ms vs %s", m, d).isEqualTo(Integer.signum(Duration.ofMillis(m).compareTo(d)));
          }
        });
  }
}
