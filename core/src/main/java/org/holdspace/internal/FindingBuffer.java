package org.holdspace.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.holdspace.evaluation.Finding;
import org.holdspace.timeline.SessionEvent;

/**
 * Where the standard rules put what they find during one evaluation: every finding of every rule
 * in one array, and the evidence of every finding in one array of ids, each finding's evidence a
 * finished run of it ({@link ArrayView#slice}). A rule adds the ids of a finding's evidence one by
 * one ({@link #add}), then takes them as a list ({@link #take}) to make the finding, or drops them
 * ({@link #drop}) when they turn out to evidence nothing. A run, once taken, is never written
 * again; when the array grows, the runs taken keep the old one.
 *
 * <p>Not thread-safe: one buffer per evaluation. The evaluator makes one; a standard rule called
 * on its own ({@code rule.evaluate(facts)}) makes its own.
 */
public final class FindingBuffer {
  private Object[] ids;
  private int size;
  private int taken;
  private Finding[] findings;
  private int count;

  /** An empty buffer, sized for a few findings. */
  public FindingBuffer() {
    this(8, 4);
  }

  /**
   * An empty buffer sized for about {@code ids} ids of evidence and {@code findings} findings;
   * it grows past them as needed.
   *
   * @param ids how many ids of evidence to make room for
   * @param findings how many findings to make room for
   */
  public FindingBuffer(int ids, int findings) {
    this.ids = new Object[Math.max(ids, 8)];
    this.findings = new Finding[Math.max(findings, 4)];
  }

  /**
   * One more id of the pending evidence.
   *
   * @param id an event's id
   * @throws NullPointerException if {@code id} is null
   */
  public void add(String id) {
    Objects.requireNonNull(id, "id");
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size++] = id;
  }

  /**
   * The ids of {@code events}, in their order, added to the pending evidence.
   *
   * @param events events of a session
   */
  public void addAll(List<? extends SessionEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      add(events.get(i).id());
    }
  }

  /** {@return how many ids are pending (added since the last take or drop)} */
  public int pending() {
    return size - taken;
  }

  /**
   * Whether {@code id} is among the pending ids (the very same string: ids are compared by
   * identity, as one session event's id is one string).
   *
   * @param id an event's id
   * @return whether it was added since the last take or drop
   */
  public boolean isPending(String id) {
    for (int i = taken; i < size; i++) {
      if (ids[i] == id) {
        return true;
      }
    }
    return false;
  }

  /** {@return the pending ids as an unmodifiable list, in the order added; none is pending afterwards} */
  public List<String> take() {
    List<String> run = ArrayView.slice(ids, taken, size);
    taken = size;
    return run;
  }

  /** Forgets the pending ids. */
  public void drop() {
    Arrays.fill(ids, taken, size, null);
    size = taken;
  }

  /**
   * One more finding.
   *
   * @param finding what a rule found
   * @throws NullPointerException if {@code finding} is null
   */
  public void put(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    if (count == findings.length) {
      findings = Arrays.copyOf(findings, count * 2);
    }
    findings[count++] = finding;
  }

  /** {@return how many findings were put} */
  public int count() {
    return count;
  }

  /**
   * The findings put from {@code from} on, as an unmodifiable list; findings put afterwards are
   * not in it.
   *
   * @param from the count before them
   * @return the findings
   */
  public List<Finding> findingsFrom(int from) {
    return ArrayView.slice(findings, from, count);
  }
}
