package org.holdspace.json;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 instants without {@code DateTimeFormatter} for the shape the format writes,
 * {@code 2026-03-02T09:00:00Z} with an optional fraction of 1 to 9 digits, and years 0000 to
 * 9999. Anything else goes to {@link Instant#parse} and {@link Instant#toString}, so the
 * accepted texts, the values and the written texts are exactly the JDK's (a property test
 * compares the two on generated texts and instants); only the common case is faster.
 */
final class IsoInstants {
  private IsoInstants() {}

  /** The longest text the fast path writes: {@code 2026-03-02T09:00:00.123456789Z}. */
  static final int MAX_FAST_LENGTH = 30;

  private static final long DAYS_0000_TO_1970 = 719_528L;
  private static final long MIN_FAST_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
  private static final long MAX_FAST_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z

  /**
   * The instant {@code text[offset, offset + length)} denotes.
   *
   * @throws DateTimeParseException where {@link Instant#parse} would throw
   */
  static Instant parse(char[] text, int offset, int length) {
    Instant fast = parseFast(text, offset, length);
    return fast != null ? fast : Instant.parse(new String(text, offset, length));
  }

  /** The instant, or null when the text is not of the fast path's shape (it may still be valid). */
  static Instant parseFast(char[] t, int o, int length) {
    if (length < 20 || length > MAX_FAST_LENGTH || t[o + 4] != '-' || t[o + 7] != '-' || t[o + 10] != 'T'
        || t[o + 13] != ':' || t[o + 16] != ':' || t[o + length - 1] != 'Z') {
      return null;
    }
    int year = digits(t, o, 4);
    int month = digits(t, o + 5, 2);
    int day = digits(t, o + 8, 2);
    int hour = digits(t, o + 11, 2);
    int minute = digits(t, o + 14, 2);
    int second = digits(t, o + 17, 2);
    if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
        || day > lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      int fractionDigits = length - 21;
      if (t[o + 19] != '.' || fractionDigits < 1) {
        return null;
      }
      int fraction = digits(t, o + 20, fractionDigits);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    long seconds = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /**
   * Writes {@code instant} as {@link Instant#toString} would into {@code out} from 0.
   *
   * @return the number of characters written, or -1 when the instant is outside the fast path's
   *     years (the caller then uses {@link Instant#toString})
   */
  static int format(Instant instant, char[] out) {
    long seconds = instant.getEpochSecond();
    if (seconds < MIN_FAST_SECOND || seconds > MAX_FAST_SECOND) {
      return -1;
    }
    long epochDay = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    // Civil date from the day number (the algorithm java.time's LocalDate.ofEpochDay uses).
    long zeroDay = epochDay + DAYS_0000_TO_1970 - 60;
    long adjust = 0;
    if (zeroDay < 0) {
      long adjustCycles = (zeroDay + 1) / 146_097 - 1;
      adjust = adjustCycles * 400;
      zeroDay += -adjustCycles * 146_097;
    }
    long yearEst = (400 * zeroDay + 591) / 146_097;
    long doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    if (doyEst < 0) {
      yearEst--;
      doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    }
    yearEst += adjust;
    int marchDoy0 = (int) doyEst;
    int marchMonth0 = (marchDoy0 * 5 + 2) / 153;
    int month = (marchMonth0 + 2) % 12 + 1;
    int day = marchDoy0 - (marchMonth0 * 306 + 5) / 10 + 1;
    int year = (int) (yearEst + marchMonth0 / 10);

    put(out, 0, year, 4);
    out[4] = '-';
    put(out, 5, month, 2);
    out[7] = '-';
    put(out, 8, day, 2);
    out[10] = 'T';
    put(out, 11, secondOfDay / 3_600, 2);
    out[13] = ':';
    put(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    put(out, 17, secondOfDay % 60, 2);
    int n = 19;
    int nanos = instant.getNano();
    if (nanos != 0) {
      out[n++] = '.';
      if (nanos % 1_000_000 == 0) {
        put(out, n, nanos / 1_000_000, 3);
        n += 3;
      } else if (nanos % 1_000 == 0) {
        put(out, n, nanos / 1_000, 6);
        n += 6;
      } else {
        put(out, n, nanos, 9);
        n += 9;
      }
    }
    out[n++] = 'Z';
    return n;
  }

  /** The value of {@code count} ASCII digits, or -1 if any is not one. */
  private static int digits(char[] t, int o, int count) {
    int value = 0;
    for (int i = 0; i < count; i++) {
      int d = t[o + i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  private static void put(char[] out, int o, int value, int width) {
    for (int i = o + width - 1; i >= o; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  private static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** Days from 1970-01-01 (the formula of java.time's LocalDate.toEpochDay, for years 0 to 9999). */
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }
}
