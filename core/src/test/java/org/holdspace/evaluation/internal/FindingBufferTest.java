package org.holdspace.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rule;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The findings made from the buffer are the findings a rule would have made directly, each with
 * the ids added for it, in order, whatever was dropped, shared or added later.
 */
class FindingBufferTest {
  private static final TestRule RULE = rule("test.rule");
  private static final TestRule OTHER = rule("test.other");
  private static final Rung[] RUNGS = Rung.values();

  @Test
  void findingsAreWhatTheRulesWouldHaveMade() {
    // each step: 0-5 add that many ids; 6 drop; 7 rung; 8 incident; 9 reflection; 10 context;
    // 11 reflection on the same evidence; 12 a ready finding put
    qt(500).forAll(lists().of(integers().between(0, 12)).ofSizeBetween(0, 80)).checkAssert(steps -> {
      FindingBuffer<Finding> buffer = new FindingBuffer<>(2, 1); // small, so that both arrays grow
      List<Finding> expected = new ArrayList<>();
      List<String> pending = new ArrayList<>();
      List<String> last = null;
      int mask = 0;
      int n = 0;
      for (int step : steps) {
        String key = "test.key-" + (n++ % 5);
        if (step <= 5) {
          for (int i = 0; i < step; i++) {
            String id = "e" + n + "-" + i;
            buffer.add(id);
            pending.add(id);
          }
        } else if (step == 6) {
          buffer.drop();
          pending.clear();
        } else if (step <= 10) {
          TestRule rule = n % 2 == 0 ? RULE : OTHER;
          Rung rung = RUNGS[n % RUNGS.length];
          List<String> evidence = List.copyOf(pending);
          if (step == 7) {
            buffer.rung(rule, rung, key);
            expected.add(Finding.rung(rule, rung, key, evidence));
            mask |= 1 << rung.ordinal();
          } else if (step == 8) {
            buffer.incident(rule, key);
            expected.add(Finding.incident(rule, key, evidence));
          } else if (step == 9) {
            buffer.reflection(rule, key);
            expected.add(Finding.reflection(rule, key, evidence));
          } else {
            buffer.context(rule, key);
            expected.add(Finding.context(rule, key, evidence));
          }
          pending.clear();
          last = evidence;
        } else if (step == 11) {
          if (last != null && pending.isEmpty()) {
            buffer.reflectionOnSameEvidence(RULE, key);
            expected.add(Finding.reflection(RULE, key, last));
          }
        } else if (pending.isEmpty()) {
          Finding ready = Finding.context(OTHER, key, List.of("v" + n));
          buffer.put(ready);
          expected.add(ready);
          last = null; // a ready finding's evidence is not shared
        }
        assertThat(buffer.pending()).isEqualTo(pending.size());
      }
      buffer.drop();
      assertThat(buffer.count()).isEqualTo(expected.size());
      assertThat(buffer.findings()).isEqualTo(expected);
      assertThat(buffer.findings()).isEqualTo(buffer.findings());
      assertThat(buffer.rungMask()).isEqualTo(mask);
      if (!expected.isEmpty()) {
        assertThat(buffer.findingsFrom(expected.size() - 1)).containsExactly(expected.get(expected.size() - 1));
      }
    });
  }

  @Test
  void aFindingItsSourceRefusesIsRefusedWhenMade() {
    FindingBuffer<Finding> badKey = new FindingBuffer<>();
    badKey.context(RULE, " ");
    assertThatThrownBy(badKey::findings).isInstanceOf(ValidationException.class);
    FindingBuffer<Finding> badId = new FindingBuffer<>();
    badId.context(rule("bad\tid"), "test.key");
    assertThatThrownBy(badId::findings).isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesWhatItCannotHold() {
    FindingBuffer<Finding> buffer = new FindingBuffer<>();
    assertThatThrownBy(() -> buffer.add(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> buffer.put(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> buffer.context(RULE, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> buffer.rung(RULE, null, "test.key")).isInstanceOf(NullPointerException.class);
    assertThat(buffer.count()).isZero();
    assertThatThrownBy(() -> buffer.reflectionOnSameEvidence(RULE, "test.key"))
        .isInstanceOf(IllegalStateException.class);
    buffer.add("e1");
    buffer.context(RULE, "test.key");
    buffer.add("e2");
    assertThatThrownBy(() -> buffer.reflectionOnSameEvidence(RULE, "test.key"))
        .isInstanceOf(IllegalStateException.class); // ids pending
    buffer.drop();
    buffer.put(Finding.context(RULE, "test.key", List.of()));
    assertThatThrownBy(() -> buffer.reflectionOnSameEvidence(RULE, "test.key"))
        .isInstanceOf(IllegalStateException.class); // the finding before is a ready one
    assertThatThrownBy(() -> buffer.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> buffer.findings().get(0).evidence().add("e3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** A rule that makes its findings from the buffer, as the standard rules do. */
  private interface TestRule extends Rule, FindingBuffer.Source<Finding> {}

  private static TestRule rule(String id) {
    return new TestRule() {
      @Override
      public Finding make(int kind, int rung, String key, List<String> evidence) {
        switch (kind) {
          case FindingBuffer.RUNG:
            return Finding.rung(this, RUNGS[rung], key, evidence);
          case FindingBuffer.INCIDENT:
            return Finding.incident(this, key, evidence);
          case FindingBuffer.REFLECTION:
            return Finding.reflection(this, key, evidence);
          default:
            return Finding.context(this, key, evidence);
        }
      }

      @Override
      public String id() {
        return id;
      }

      @Override
      public int version() {
        return 1;
      }

      @Override
      public List<Finding> evaluate(SessionFacts facts) {
        return List.of();
      }
    };
  }
}
