package org.holdspace.internal;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An unmodifiable list over an array that only this list holds: what the evaluation hands out
 * (the facts' lists of events, a finding's evidence) without the wrapper and the second copy of
 * an {@code ArrayList} behind {@code Collections.unmodifiableList} or {@code List.copyOf}. Every
 * mutator throws {@link UnsupportedOperationException}; equality and hashing are {@link List}'s.
 *
 * @param <E> the element type
 */
public final class ArrayView<E> extends AbstractList<E> implements RandomAccess {
  private static final ArrayView<Object> EMPTY = new ArrayView<>(new Object[0], 0, 0);

  private final Object[] elements;
  private final int from;
  private final int size;

  private ArrayView(Object[] elements, int from, int size) {
    this.elements = elements;
    this.from = from;
    this.size = size;
  }

  /**
   * A list of {@code elements[0, size)}, taking the array over: the caller must neither keep nor
   * change it afterwards.
   *
   * @param <E> the element type
   * @param elements the elements
   * @param size how many of them
   * @return the list
   * @throws NullPointerException if any of the first {@code size} elements is null
   */
  public static <E> List<E> owning(Object[] elements, int size) {
    Objects.checkFromToIndex(0, size, elements.length);
    for (int i = 0; i < size; i++) {
      Objects.requireNonNull(elements[i]);
    }
    return owningNonNull(elements, size);
  }

  /**
   * {@link #owning} for elements the caller knows are not null (events of a session's timeline,
   * which the evaluation has already dereferenced): not checked again.
   *
   * @param <E> the element type
   * @param elements the elements, none null
   * @param size how many of them
   * @return the list
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> owningNonNull(Object[] elements, int size) {
    return slice(elements, 0, size);
  }

  /**
   * A list of {@code elements[from, to)}, for a caller that writes an array once, slot by slot,
   * and hands out finished runs of it (one evaluation's evidence): the slots of the run must never
   * change afterwards, and must not be null; slots outside it may still be written.
   *
   * @param <E> the element type
   * @param elements the elements
   * @param from the first index of the run
   * @param to the index after its last
   * @return the list
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> slice(Object[] elements, int from, int to) {
    Objects.checkFromToIndex(from, to, elements.length);
    return from == to ? (List<E>) EMPTY : new ArrayView<>(elements, from, to - from);
  }

  /**
   * {@code values} itself when it is such a list, else a copy.
   *
   * @param <E> the element type
   * @param values the values
   * @return an unmodifiable list of them
   * @throws NullPointerException if {@code values} or any of them is null
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> copyOf(Collection<? extends E> values) {
    if (values instanceof ArrayView) {
      return (List<E>) values;
    }
    Object[] elements = values.toArray();
    return owning(elements, elements.length);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) elements[from + index];
  }

  @Override
  public int size() {
    return size;
  }

  // Every mutator refuses, even one that would change nothing (as the JDK's unmodifiable lists do)

  @Override
  public boolean add(E e) {
    throw refused();
  }

  @Override
  public void add(int index, E element) {
    throw refused();
  }

  @Override
  public boolean addAll(Collection<? extends E> c) {
    throw refused();
  }

  @Override
  public boolean addAll(int index, Collection<? extends E> c) {
    throw refused();
  }

  @Override
  public E set(int index, E element) {
    throw refused();
  }

  @Override
  public E remove(int index) {
    throw refused();
  }

  @Override
  public boolean remove(Object o) {
    throw refused();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw refused();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw refused();
  }

  @Override
  public boolean removeIf(Predicate<? super E> filter) {
    throw refused();
  }

  @Override
  public void replaceAll(UnaryOperator<E> operator) {
    throw refused();
  }

  @Override
  public void sort(Comparator<? super E> c) {
    throw refused();
  }

  @Override
  public void clear() {
    throw refused();
  }

  @Override
  protected void removeRange(int fromIndex, int toIndex) {
    throw refused();
  }

  private static UnsupportedOperationException refused() {
    return new UnsupportedOperationException("an unmodifiable list");
  }
}
