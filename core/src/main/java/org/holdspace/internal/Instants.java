package org.holdspace.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Comparisons of a moment with another moment shifted by a duration, without making the shifted
 * {@link Instant}: the evaluation asks them for every observation (is this within the window of
 * that?), and an {@code Instant} made per question was a large share of its allocation. Exact for
 * every instant and duration the JDK can represent, including shifts past {@link Instant#MAX}
 * (where {@code Instant.plus} throws).
 */
public final class Instants {
  private static final int NANOS_PER_SECOND = 1_000_000_000;

  private Instants() {}

  /**
   * {@code a} compared with {@code b.plus(shift)}.
   *
   * @param a a moment
   * @param b another moment
   * @param shift how far to shift {@code b}, negative to shift it back
   * @return negative, zero or positive as {@code a} is before, at or after {@code b + shift}
   */
  public static int compareToShifted(Instant a, Instant b, Duration shift) {
    // b + shift = (b's seconds + shift's seconds + carry, nanos); compare a's seconds minus b's minus
    // the carry (within +-6.4e16: both instants are within Instant's range) with shift's seconds,
    // so no sum can overflow, whatever the duration
    long seconds = a.getEpochSecond() - b.getEpochSecond();
    long nanos = (long) b.getNano() + shift.getNano(); // both in [0, 1e9)
    if (nanos >= NANOS_PER_SECOND) {
      nanos -= NANOS_PER_SECOND;
      seconds--;
    }
    int c = Long.compare(seconds, shift.getSeconds());
    return c != 0 ? c : Long.compare(a.getNano(), nanos);
  }

  /**
   * Whether {@code a} is after {@code b.plus(shift)}.
   *
   * @param a a moment
   * @param b another moment
   * @param shift how far to shift {@code b}
   * @return whether {@code a} is strictly after {@code b + shift}
   */
  public static boolean isAfterShifted(Instant a, Instant b, Duration shift) {
    return compareToShifted(a, b, shift) > 0;
  }

  /**
   * Whether {@code a} is before {@code b.plus(shift)}.
   *
   * @param a a moment
   * @param b another moment
   * @param shift how far to shift {@code b}
   * @return whether {@code a} is strictly before {@code b + shift}
   */
  public static boolean isBeforeShifted(Instant a, Instant b, Duration shift) {
    return compareToShifted(a, b, shift) < 0;
  }

  /**
   * {@code Duration.between(start, end).toMillis()} for {@code end} not before {@code start},
   * without making a {@code Duration}.
   *
   * @param start a moment
   * @param end a moment not before it
   * @return the whole milliseconds between them
   */
  public static long millisBetween(Instant start, Instant end) {
    long seconds = end.getEpochSecond() - start.getEpochSecond();
    long nanos = end.getNano() - start.getNano();
    if (nanos < 0) {
      seconds--;
      nanos += NANOS_PER_SECOND;
    }
    return seconds * 1000 + nanos / 1_000_000;
  }

  /**
   * {@code Duration.ofMillis(millis).compareTo(duration)}, without making the {@code Duration}.
   *
   * @param millis a number of milliseconds
   * @param duration a duration
   * @return negative, zero or positive as {@code millis} is shorter than, as long as or longer than it
   */
  public static int compareMillis(long millis, Duration duration) {
    int c = Long.compare(Math.floorDiv(millis, 1000), duration.getSeconds());
    return c != 0 ? c : Integer.compare((int) Math.floorMod(millis, 1000) * 1_000_000, duration.getNano());
  }
}
