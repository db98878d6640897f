package org.holdspace.evaluation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.holdspace.code.Code;
import org.holdspace.internal.ArrayView;

/**
 * Codes gathered each concept once (same system and code), in the order first met, keeping the
 * first code's display text. A few codes are compared one by one; past {@value #SCANNED} distinct
 * concepts a hash set takes over, so a long session stays linear.
 */
final class DistinctCodes {
  private static final int SCANNED = 16;

  /** A code's system and code, for telling concepts apart without building (and validating) a Code. */
  private record Concept(String system, String code) {}

  /** Made at the second distinct concept: most such lists hold one code. */
  private Object[] codes;
  private Code first;
  private int size;
  private Set<Concept> concepts;

  /**
   * Adds {@code code} unless its concept is already there.
   *
   * @param code a code
   */
  void add(Code code) {
    if (size == 0) {
      first = code;
      size = 1;
      return;
    }
    if (codes == null) {
      if (first.isSameConcept(code)) {
        return;
      }
      codes = new Object[4];
      codes[0] = first;
    }
    if (concepts != null) {
      if (!concepts.add(new Concept(code.system(), code.code()))) {
        return;
      }
    } else {
      for (int i = 0; i < size; i++) {
        if (((Code) codes[i]).isSameConcept(code)) {
          return;
        }
      }
      if (size == SCANNED) {
        concepts = new HashSet<>();
        for (int i = 0; i < size; i++) {
          Code c = (Code) codes[i];
          concepts.add(new Concept(c.system(), c.code()));
        }
        concepts.add(new Concept(code.system(), code.code()));
      }
    }
    if (size == codes.length) {
      codes = Arrays.copyOf(codes, size * 2);
    }
    codes[size++] = code;
  }

  /** {@return the codes gathered, as an unmodifiable list} */
  List<Code> toList() {
    return size == 0 ? List.of() : size == 1 ? List.of(first) : ArrayView.owningNonNull(codes, size);
  }
}
