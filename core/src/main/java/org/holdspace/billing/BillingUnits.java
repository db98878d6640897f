package org.holdspace.billing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Units for timed codes from their minutes (DOMAIN.md, the session note, version 2). By CMS's
 * 8-minute rule ({@link UnitRule#CMS_EIGHT_MINUTE}), the total units come from the total timed
 * minutes, and are given first as whole units (15 minutes each) to each code, then one more at a
 * time to the codes with the most minutes left over, so that a code under 8 minutes of its own
 * gets a unit only from what remains. By CPT's midpoint ({@link UnitRule#PER_CODE_MIDPOINT}), each
 * code on its own. Untimed codes get no units.
 *
 * <pre>{@code
 * // CMS's own example: 33 minutes of one code and 7 of another, 40 in total: 3 units, 2 and 1
 * BillingUnits.units(Map.of(exercise, 33L, manual, 7L), 40, UnitRule.CMS_EIGHT_MINUTE);
 * }</pre>
 */
public final class BillingUnits {
  private BillingUnits() {}

  /**
   * Units for {@code minutes} of timed treatment: 0 under 8, 1 for 8 to 22, 2 for 23 to 37, 3 for
   * 38 to 52, 4 for 53 to 67, then one more per further 15.
   *
   * @param minutes whole minutes, not negative
   * @return the units
   * @throws IllegalArgumentException if minutes are negative
   */
  public static int totalUnits(long minutes) {
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes must not be negative");
    }
    return minutes < 8 ? 0 : (int) ((minutes - 8) / 15 + 1);
  }

  /**
   * The units of each timed code.
   *
   * @param minutesByCode each code's minutes (untimed codes among them get none)
   * @param totalTimedMinutes every timed code's minutes together, overlapping time once (the CMS
   *     rule's total; at most the sum of the timed codes' minutes)
   * @param rule how minutes become units
   * @return units by code, in the order given, every code present
   */
  public static Map<BillingCode, Integer> units(Map<BillingCode, Long> minutesByCode, long totalTimedMinutes,
      UnitRule rule) {
    Objects.requireNonNull(minutesByCode, "minutesByCode");
    Objects.requireNonNull(rule, "rule");
    Map<BillingCode, Integer> units = new LinkedHashMap<>();
    List<BillingCode> timed = new ArrayList<>();
    for (Map.Entry<BillingCode, Long> e : minutesByCode.entrySet()) {
      units.put(e.getKey(), 0);
      if (e.getKey().isTimed() && e.getValue() > 0) {
        timed.add(e.getKey());
      }
    }
    if (rule == UnitRule.PER_CODE_MIDPOINT) {
      for (BillingCode c : timed) {
        units.put(c, totalUnits(minutesByCode.get(c)));
      }
      return units;
    }
    // most minutes first; equal minutes keep the order given
    timed.sort((a, b) -> Long.compare(minutesByCode.get(b), minutesByCode.get(a)));
    int remaining = totalUnits(totalTimedMinutes);
    for (BillingCode c : timed) { // whole units first
      int whole = (int) Math.min(remaining, minutesByCode.get(c) / 15);
      units.put(c, whole);
      remaining -= whole;
    }
    List<BillingCode> byLeftover = new ArrayList<>(timed); // then one each by minutes left over
    byLeftover.sort((a, b) -> Long.compare(minutesByCode.get(b) % 15, minutesByCode.get(a) % 15));
    for (int i = 0; remaining > 0 && !byLeftover.isEmpty(); i = (i + 1) % byLeftover.size()) {
      BillingCode c = byLeftover.get(i);
      units.merge(c, 1, Integer::sum);
      remaining--;
    }
    return units;
  }
}
