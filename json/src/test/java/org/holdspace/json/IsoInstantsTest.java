package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.holdspace.testkit.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The fast ISO-8601 path agrees with {@link Instant#parse} and {@link Instant#toString}. */
class IsoInstantsTest {
  private static final long YEAR_MINUS_5 = -62_325_072_000L;
  private static final long YEAR_12000 = 316_502_035_200L;

  @Test
  void writesWhatInstantToStringWrites() {
    Gen<Integer> nanos = integers().between(0, 3).zip(integers().between(0, 999_999_999),
        (shape, n) -> shape == 0 ? 0 : shape == 1 ? n / 1_000_000 * 1_000_000 : shape == 2 ? n / 1_000 * 1_000 : n);
    Theories.qt(20_000).forAll(longs().between(YEAR_MINUS_5, YEAR_12000), nanos).checkAssert((seconds, nano) -> {
      Instant instant = Instant.ofEpochSecond(seconds, nano);
      char[] out = new char[IsoInstants.MAX_FAST_LENGTH];
      int length = IsoInstants.format(instant, out);
      if (length < 0) {
        assertThat(instant.toString()).doesNotMatch("\\d{4}-.*");
      } else {
        assertThat(new String(out, 0, length)).isEqualTo(instant.toString());
        assertThat(IsoInstants.parseFast(out, 0, length)).isEqualTo(instant);
      }
    });
  }

  @Test
  void readsWhatInstantParseReads() {
    Theories.qt(30_000).forAll(texts()).checkAssert(text -> {
      char[] chars = ("[" + text + "]").toCharArray();
      Instant expected;
      try {
        expected = Instant.parse(text);
      } catch (DateTimeParseException e) {
        assertThat(IsoInstants.parseFast(chars, 1, text.length())).as(text).isNull();
        assertThatThrownBy(() -> IsoInstants.parse(chars, 1, text.length())).isInstanceOf(DateTimeParseException.class);
        return;
      }
      assertThat(IsoInstants.parse(chars, 1, text.length())).as(text).isEqualTo(expected);
      Instant fast = IsoInstants.parseFast(chars, 1, text.length());
      if (fast != null) {
        assertThat(fast).as(text).isEqualTo(expected);
      }
    });
  }

  @Test
  void takesTheFastPathForTheFormatsOwnShape() {
    for (String text : new String[] {"2026-03-02T09:00:00Z", "2024-02-29T23:59:59.5Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z", "1969-12-31T23:59:59.000000001Z"}) {
      assertThat(IsoInstants.parseFast(text.toCharArray(), 0, text.length())).as(text).isEqualTo(Instant.parse(text));
    }
    for (String text : new String[] {"2023-02-29T00:00:00Z", "2026-03-02T24:00:00Z", "2026-03-02T09:00:00.Z",
        "2026-13-02T09:00:00Z", "2026-03-02t09:00:00Z", "2026-03-02T09:00:00.1234567890Z"}) {
      assertThat(IsoInstants.parseFast(text.toCharArray(), 0, text.length())).as(text).isNull();
    }
  }

  /** Texts near the instant shape: each slot's digits random, separators and lengths now and then wrong. */
  private static Gen<String> texts() {
    Gen<Integer> year = integers().between(0, 3).zip(integers().between(0, 9999),
        (shape, y) -> shape == 0 ? y : shape == 1 ? 2024 : shape == 2 ? 2000 : 1900);
    Gen<int[]> fields = integers().between(0, 13).zip(integers().between(0, 32), integers().between(0, 25),
        integers().between(0, 61), integers().between(0, 61), (mo, d, h, mi, s) -> new int[] {mo, d, h, mi, s});
    Gen<String> fraction = integers().between(0, 11).zip(integers().between(0, 999_999_999), (digits, n) -> {
      if (digits == 0) {
        return "";
      }
      String value = String.format("%09d", n) + "00";
      return "." + value.substring(0, digits - 1);
    });
    Gen<Integer> damage = integers().between(0, 60);
    return year.zip(fields, fraction, damage, (y, f, frac, d) -> {
      String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", y, f[0], f[1], f[2], f[3], f[4], frac);
      if (d < 22 && d < text.length()) {
        char[] chars = text.toCharArray();
        chars[d] = "x-T:Z.9+ ".charAt(d % 9);
        return new String(chars);
      }
      return d == 59 ? text.replace("Z", "+01:00") : text;
    });
  }
}
