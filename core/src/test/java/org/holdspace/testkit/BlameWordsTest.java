package org.holdspace.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlameWordsTest {

  @Test
  void reassuranceIsAllowed() {
    assertThat(BlameWords.in("Hard days happen, and they are nobody's fault.")).isEmpty();
    assertThat(BlameWords.in("It was not your fault, and it was not a failure.")).isEmpty();
    assertThat(BlameWords.in("Los días difíciles pasan, y no son culpa de nadie.")).isEmpty();
  }

  @Test
  void blameIsRefusedEvenBesideReassurance() {
    assertThat(BlameWords.in("It was the therapist's fault.")).containsExactly("fault");
    assertThat(BlameWords.in("Nobody's fault, but the session failed.")).containsExactly("failed");
    assertThat(BlameWords.in("Fue culpa de la familia.")).containsExactly("culpa");
    assertThat(BlameWords.in("The child refused to join in.")).containsExactly("refused to");
  }
}
