package org.holdspace.evaluation;

import org.holdspace.validation.Violations;

/**
 * {@link Violations#isValidId} for the ids and keys the evaluation checks on every finding: rules
 * cite the same constants in every evaluation, so a string met before (the very same object, and
 * strings cannot change) is not checked again. Up to 256 recently valid strings are kept, by hash;
 * a slot may be overwritten by another string, or read stale by another thread, and either way
 * the check is only repeated. Rule ids and message keys are not health data.
 *
 * <p>Kept because it was measured to earn its place ({@code FindingChecksBenchmark}, the 17
 * findings of a typical evaluation made again, a build with the cache against one without, two
 * rounds each on 2026-12-06): 360 and 442 ns with it, 717 and 1,133 ns without, about 20 to 40 ns
 * saved per finding, 5 to 10% of an evaluation whose findings are read.
 */
final class ValidIds {
  private static final String[] VALID = new String[256];

  private ValidIds() {}

  /**
   * Whether {@code id} is a valid id or key.
   *
   * @param id a rule id or message key, not null
   * @return {@link Violations#isValidId}
   */
  static boolean isValid(String id) {
    int slot = id.hashCode() & (VALID.length - 1);
    if (VALID[slot] == id) {
      return true;
    }
    if (!Violations.isValidId(id)) {
      return false;
    }
    VALID[slot] = id;
    return true;
  }
}
