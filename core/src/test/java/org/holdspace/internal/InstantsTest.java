package org.holdspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free arithmetic on instants answers as the JDK does: comparing with a shifted
 * instant as comparing with {@code Instant.plus}, milliseconds between as {@code Duration.between},
 * milliseconds against a duration as {@code Duration.compareTo}.
 */
class InstantsTest {

  @Test
  void comparesAsInstantPlusDoes() {
    // instants from year 0000 to 9999; shifts up to ten years either way, any nanoseconds
    qt(20_000).forAll(longs().between(-62_167_219_200L, 253_402_300_799L), integers().between(0, 999_999_999),
        longs().between(-315_576_000L, 315_576_000L), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos, shiftSeconds, shiftNanos) -> {
          Instant b = Instant.ofEpochSecond(seconds, nanos);
          Duration shift = Duration.ofSeconds(shiftSeconds, shiftNanos);
          Instant shifted = b.plus(shift);
          // a near the shifted moment (the interesting case), and a far from it
          for (Instant a : new Instant[] {shifted, shifted.plusNanos(1), shifted.minusNanos(1), shifted.plusSeconds(1),
              shifted.minusSeconds(1), b}) {
            assertThat(Integer.signum(Instants.compareToShifted(a, b, shift)))
                .as("%s vs %s + %s", a, b, shift).isEqualTo(Integer.signum(a.compareTo(shifted)));
            assertThat(Instants.isAfterShifted(a, b, shift)).isEqualTo(a.isAfter(shifted));
            assertThat(Instants.isBeforeShifted(a, b, shift)).isEqualTo(a.isBefore(shifted));
          }
        });
  }

  @Test
  void carriesNanosecondsIntoSeconds() {
    Instant b = Instant.ofEpochSecond(100, 999_999_999);
    Duration shift = Duration.ofNanos(1);
    assertThat(Instants.compareToShifted(Instant.ofEpochSecond(101, 0), b, shift)).isZero();
    assertThat(Instants.compareToShifted(Instant.ofEpochSecond(100, 999_999_999), b, shift)).isNegative();
    assertThat(Instants.compareToShifted(Instant.ofEpochSecond(101, 1), b, shift)).isPositive();
  }

  @Test
  void answersPastTheRangeWhereInstantPlusThrows() {
    Duration longest = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
    Duration mostNegative = Duration.ofSeconds(Long.MIN_VALUE);
    assertThat(Instants.isBeforeShifted(Instant.MAX, Instant.MAX, longest)).isTrue();
    assertThat(Instants.isBeforeShifted(Instant.MAX, Instant.MIN, longest)).isTrue();
    assertThat(Instants.isAfterShifted(Instant.MIN, Instant.MIN, mostNegative)).isTrue();
    assertThat(Instants.isAfterShifted(Instant.MIN, Instant.MAX, mostNegative)).isTrue();
    assertThat(Instants.compareToShifted(Instant.MAX, Instant.MIN, Duration.between(Instant.MIN, Instant.MAX))).isZero();
  }

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
