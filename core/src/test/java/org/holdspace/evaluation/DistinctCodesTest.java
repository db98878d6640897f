package org.holdspace.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.holdspace.code.Code;
import org.junit.jupiter.api.Test;

/** Each concept once, first seen first, with its first display text; the same past the scanned size. */
class DistinctCodesTest {

  @Test
  void eachConceptOnceInOrderFirstMet() {
    // few systems and codes, so concepts repeat with and without display text; up to 60 codes,
    // past the sixteen concepts compared one by one
    qt(500).forAll(lists().of(integers().between(0, 89)).ofSizeBetween(0, 60)).checkAssert(draws -> {
      List<Code> codes = new ArrayList<>();
      for (int draw : draws) {
        String system = "https://example.org/s" + (draw % 3);
        String code = "c" + (draw / 3 % 15);
        codes.add(draw % 2 == 0 ? Code.of(system, code) : Code.of(system, code, "shown as " + draw));
      }
      Map<List<String>, Code> model = new LinkedHashMap<>();
      for (Code c : codes) {
        model.putIfAbsent(List.of(c.system(), c.code()), c);
      }
      DistinctCodes distinct = new DistinctCodes();
      codes.forEach(distinct::add);
      assertThat(distinct.toList()).containsExactlyElementsOf(model.values());
    });
  }
}
