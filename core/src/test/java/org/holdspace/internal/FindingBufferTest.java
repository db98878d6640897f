package org.holdspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rule;
import org.holdspace.evaluation.SessionFacts;
import org.junit.jupiter.api.Test;

/** Each finding's evidence is the ids added for it, in order, and stays so whatever is added later. */
class FindingBufferTest {
  private static final Rule RULE = new Rule() {
    @Override
    public String id() {
      return "test.rule";
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

  @Test
  void runsStayAsTakenWhileTheBufferGrows() {
    FindingBuffer buffer = new FindingBuffer(2, 1);
    List<List<String>> taken = new ArrayList<>();
    List<List<String>> expected = new ArrayList<>();
    for (int run = 0; run < 40; run++) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < run % 7; i++) {
        String id = "e" + run + "-" + i;
        buffer.add(id);
        ids.add(id);
      }
      assertThat(buffer.pending()).isEqualTo(ids.size());
      if (run % 5 == 4) {
        buffer.drop(); // dropped ids are in no run
        assertThat(buffer.pending()).isZero();
        continue;
      }
      List<String> list = buffer.take();
      assertThat(buffer.pending()).isZero();
      taken.add(list);
      expected.add(ids);
      buffer.put(Finding.context(RULE, "test.key", list));
    }
    assertThat(taken).isEqualTo(expected);
    assertThat(buffer.count()).isEqualTo(expected.size());
    List<Finding> findings = buffer.findingsFrom(0);
    for (int i = 0; i < findings.size(); i++) {
      assertThat(findings.get(i).evidence()).isEqualTo(expected.get(i));
    }
    List<Finding> later = buffer.findingsFrom(3);
    assertThat(later).isEqualTo(findings.subList(3, findings.size()));
    buffer.put(Finding.context(RULE, "test.key", List.of()));
    assertThat(later).hasSize(findings.size() - 3); // a list handed out does not grow
  }

  @Test
  void knowsWhatIsPendingByIdentity() {
    FindingBuffer buffer = new FindingBuffer();
    String id = "e1";
    buffer.add(id);
    assertThat(buffer.isPending(id)).isTrue();
    assertThat(buffer.isPending(new String("e1"))).isFalse();
    buffer.take();
    assertThat(buffer.isPending(id)).isFalse();
  }

  @Test
  void refusesNullsAndChanges() {
    FindingBuffer buffer = new FindingBuffer();
    assertThatThrownBy(() -> buffer.add(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> buffer.put(null)).isInstanceOf(NullPointerException.class);
    buffer.add("e1");
    List<String> run = buffer.take();
    assertThatThrownBy(() -> run.add("e2")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> buffer.findingsFrom(0).clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
