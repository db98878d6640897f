package org.holdspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A slice is the list of its run of the array: equal to a JDK list of it, unmodifiable, bounds checked. */
class ArrayViewTest {

  @Test
  void aSliceIsItsRun() {
    Object[] array = {"a", "b", "c", "d", "e"};
    for (int from = 0; from <= array.length; from++) {
      for (int to = from; to <= array.length; to++) {
        List<Object> slice = ArrayView.slice(array, from, to);
        List<Object> expected = List.of(array).subList(from, to);
        assertThat(slice).isEqualTo(expected);
        assertThat(slice.hashCode()).isEqualTo(expected.hashCode());
        assertThat(slice).hasSize(to - from);
        int size = slice.size();
        assertThatThrownBy(() -> slice.get(size)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> slice.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> slice.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(slice::clear).isInstanceOf(UnsupportedOperationException.class);
      }
    }
  }

  @Test
  void refusesARunOutsideTheArray() {
    Object[] array = {"a", "b"};
    assertThatThrownBy(() -> ArrayView.slice(array, 1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> ArrayView.slice(array, 2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> ArrayView.slice(array, -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
