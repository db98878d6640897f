package org.holdspace.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.holdspace.code.Code;
import org.junit.jupiter.api.Test;

/**
 * The CMS 8-minute rule and CPT's midpoint, from DOMAIN.md's numbers (8-22: 1, 23-37: 2, 38-52: 3,
 * 53-67: 4, then one per further 15) and CMS's own worked example, not from the implementation.
 */
class BillingUnitsTest {
  private static final BillingCode A = BillingCode.timed(Code.of("https://ehr.example/cpt", "a"));
  private static final BillingCode B = BillingCode.timed(Code.of("https://ehr.example/cpt", "b"));
  private static final BillingCode C = BillingCode.timed(Code.of("https://ehr.example/cpt", "c"));
  private static final BillingCode PER_SESSION = BillingCode.untimed(Code.of("https://ehr.example/cpt", "s"));

  /** DOMAIN.md's table, read as ranges: the independent implementation. */
  static int tableUnits(long minutes) {
    long[][] table = {{8, 22, 1}, {23, 37, 2}, {38, 52, 3}, {53, 67, 4}};
    for (long[] row : table) {
      if (minutes >= row[0] && minutes <= row[1]) {
        return (int) row[2];
      }
    }
    return minutes < 8 ? 0 : 4 + (int) ((minutes - 53) / 15);
  }

  private static Map<BillingCode, Long> minutes(Object... pairs) {
    Map<BillingCode, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((BillingCode) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return m;
  }

  @Test
  void theEdgesOfTheTable() {
    long[][] edges = {{0, 0}, {7, 0}, {8, 1}, {22, 1}, {23, 2}, {37, 2}, {38, 3}, {52, 3}, {53, 4}, {67, 4}, {68, 5},
        {82, 5}, {83, 6}};
    for (long[] e : edges) {
      assertThat(BillingUnits.totalUnits(e[0])).as("%d minutes", e[0]).isEqualTo((int) e[1]);
    }
    assertThatThrownBy(() -> BillingUnits.totalUnits(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cmsWorkedExampleGivesTheRemainingUnitToTheCodeWithMoreMinutesLeftOver() {
    // 33 minutes of one code and 7 of another, 40 in total: 3 units, two and one
    assertThat(BillingUnits.units(minutes(A, 33, B, 7), 40, UnitRule.CMS_EIGHT_MINUTE)).containsExactly(
        Map.entry(A, 2), Map.entry(B, 1));
  }

  @Test
  void aCodeUnderEightMinutesGetsAUnitOnlyFromWhatRemains() {
    assertThat(BillingUnits.units(minutes(A, 45, B, 7), 52, UnitRule.CMS_EIGHT_MINUTE)).containsExactly(
        Map.entry(A, 3), Map.entry(B, 0));
    assertThat(BillingUnits.units(minutes(A, 7, B, 7), 14, UnitRule.CMS_EIGHT_MINUTE)).containsExactly(
        Map.entry(A, 1), Map.entry(B, 0));
    assertThat(BillingUnits.units(minutes(A, 5, B, 2), 7, UnitRule.CMS_EIGHT_MINUTE)).containsExactly(
        Map.entry(A, 0), Map.entry(B, 0));
    assertThat(BillingUnits.units(minutes(A, 20, B, 20), 40, UnitRule.CMS_EIGHT_MINUTE).values())
        .containsExactlyInAnyOrder(2, 1);
  }

  @Test
  void midpointCountsEachCodeOnItsOwnAndUntimedCodesGetNone() {
    assertThat(BillingUnits.units(minutes(A, 7, B, 7, C, 23, PER_SESSION, 40), 37, UnitRule.PER_CODE_MIDPOINT))
        .containsExactly(Map.entry(A, 0), Map.entry(B, 0), Map.entry(C, 2), Map.entry(PER_SESSION, 0));
    assertThat(BillingUnits.units(minutes(PER_SESSION, 60), 0, UnitRule.CMS_EIGHT_MINUTE))
        .containsExactly(Map.entry(PER_SESSION, 0));
  }

  @Test
  void cmsUnitsAddUpToTheTableForTheTotalAndNoCodeGetsMoreThanItsMinutesAllow() {
    List<BillingCode> codes = List.of(A, B, C);
    qt(2000).forAll(lists().of(integers().between(0, 90)).ofSizeBetween(1, 3)).checkAssert(list -> {
      Map<BillingCode, Long> m = new LinkedHashMap<>();
      long total = 0;
      for (int i = 0; i < list.size(); i++) {
        m.put(codes.get(i), (long) list.get(i));
        total += list.get(i);
      }
      Map<BillingCode, Integer> units = BillingUnits.units(m, total, UnitRule.CMS_EIGHT_MINUTE);
      assertThat(units.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(tableUnits(total));
      units.forEach((code, u) -> assertThat((long) u).as("%s", m).isLessThanOrEqualTo(m.get(code) / 15 + 1));
    });
  }
}
