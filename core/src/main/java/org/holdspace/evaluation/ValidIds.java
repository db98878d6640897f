package org.holdspace.evaluation;

import org.holdspace.validation.Violations;

/**
 * {@link Violations#isValidId} for the ids and keys the evaluation checks on every finding: rules
 * cite the same constants in every evaluation, so a string met before (the very same object, and
 * strings cannot change) is not checked again. Up to 256 recently valid strings are kept, by hash;
 * a slot may be overwritten by another string, or read stale by another thread, and either way
 * the check is only repeated. Rule ids and message keys are not health data.
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
