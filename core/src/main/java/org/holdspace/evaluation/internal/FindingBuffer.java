package org.holdspace.evaluation.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.holdspace.internal.ArrayView;
import org.holdspace.timeline.SessionEvent;

/**
 * What the rules find during one evaluation, held compactly until someone reads it: the evidence
 * of every finding in one array of ids (each finding's evidence a run of it), and each finding as
 * its {@link Source} (the rule), a message key and one {@code long} (kind, rung, where its run
 * starts and ends). The findings are made, by their source, only when {@link #findings()} is first
 * asked for, so an evaluation whose findings are never read (one that is counted, or only its
 * headline kept) never makes them. This class knows no finding type of the model: {@code F} is
 * the type the sources make, the kinds and rungs are the model's enum constants, kept by ordinal.
 *
 * <p>A rule adds the ids of a finding's evidence one by one ({@link #add}), then records the
 * finding ({@link #rung}, {@link #incident}, {@link #reflection}, {@link #context}), which takes
 * the ids added since the last one as its evidence; {@link #drop} forgets ids that turn out to
 * evidence nothing, and {@link #reflectionOnSameEvidence} records a second finding on the very
 * evidence of the one before. A finding made by a rule outside the library is {@link #put} as it
 * is. The source checks the key when it makes the finding.
 *
 * <p>Not thread-safe while it is filled: one buffer per evaluation. Once filled and handed to the
 * assessment (through a final field) it is only read, and {@link #findings()} may be called from
 * any thread: each call makes equal findings.
 */
public final class FindingBuffer<F> {

  /**
   * Who makes the findings recorded here: a rule of the library's own.
   *
   * @param <F> the finding type
   */
  public interface Source<F> {
    /**
     * Makes one finding recorded by this source.
     *
     * @param kind the ordinal of its kind: {@link #RUNG}, {@link #INCIDENT}, {@link #REFLECTION} or {@link #CONTEXT}
     * @param rung the ordinal of its rung, for a rung; -1 otherwise
     * @param key its message key
     * @param evidence the ids of its evidence
     * @return the finding
     */
    F make(int kind, int rung, String key, List<String> evidence);
  }

  /** The kind of a finding that a rung was reached (the model's first kind). */
  public static final int RUNG = 0;
  /** The kind of an incident. */
  public static final int INCIDENT = 1;
  /** The kind of a reflection prompt. */
  public static final int REFLECTION = 2;
  /** The kind of context. */
  public static final int CONTEXT = 3;

  /** The kind code of a record that is a ready {@link Finding} (put by a rule outside the library). */
  private static final int READY = 0xF;
  private static final int POSITION_BITS = 28;
  private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
  /** The most ids of evidence in one evaluation: a run's start and end, at most this, fit 28 bits each. */
  static final int MAX_IDS = (1 << POSITION_BITS) - 1;

  private Object[] ids;
  private int size;
  private int taken;
  /** Per finding: the source (or the ready finding), then the key (or null). */
  private Object[] parts;
  /** Per finding: where its run starts (28 bits), where it ends (28 bits), its kind (4), its rung plus one (4). */
  private long[] records;
  private int count;
  private int rungMask;

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
    this.ids = new Object[Math.min(MAX_IDS, Math.max(ids, 8))];
    int room = Math.max(findings, 4);
    this.parts = new Object[room * 2];
    this.records = new long[room];
  }

  /**
   * One more id of the pending evidence.
   *
   * @param id an event's id
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalStateException past 2^28 - 1 ids in one evaluation
   */
  public void add(String id) {
    Objects.requireNonNull(id, "id");
    if (size == ids.length) {
      if (size >= MAX_IDS) {
        throw new IllegalStateException("More than " + MAX_IDS + " ids of evidence in one evaluation");
      }
      ids = Arrays.copyOf(ids, (int) Math.min(MAX_IDS, size * 2L));
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

  /** {@return how many ids are pending (added since the last finding recorded, or drop)} */
  public int pending() {
    return size - taken;
  }

  /** Forgets the pending ids. */
  public void drop() {
    Arrays.fill(ids, taken, size, null);
    size = taken;
  }

  /**
   * Records that {@code rung} was reached, on the pending evidence.
   *
   * @param rule the rule that found it
   * @param rung the rung (kept by ordinal)
   * @param key the message key of its text
   */
  public void rung(Source<F> rule, Enum<?> rung, String key) {
    record(rule, RUNG, Objects.requireNonNull(rung, "rung").ordinal(), key, taken, size);
  }

  /**
   * Records an incident, on the pending evidence.
   *
   * @param rule the rule that found it
   * @param key the message key of its text
   */
  public void incident(Source<F> rule, String key) {
    record(rule, INCIDENT, -1, key, taken, size);
  }

  /**
   * Records a reflection prompt, on the pending evidence.
   *
   * @param rule the rule that found it
   * @param key the message key of its text
   */
  public void reflection(Source<F> rule, String key) {
    record(rule, REFLECTION, -1, key, taken, size);
  }

  /**
   * Records context, on the pending evidence.
   *
   * @param rule the rule that found it
   * @param key the message key of its text
   */
  public void context(Source<F> rule, String key) {
    record(rule, CONTEXT, -1, key, taken, size);
  }

  /**
   * Records a reflection prompt on the very evidence of the finding recorded just before.
   *
   * @param rule the rule that found it
   * @param key the message key of its text
   * @throws IllegalStateException if ids are pending, or the finding before was not recorded here
   */
  public void reflectionOnSameEvidence(Source<F> rule, String key) {
    if (pending() != 0 || count == 0 || kindOf(records[count - 1]) == READY) {
      throw new IllegalStateException("No finding before to share evidence with");
    }
    long before = records[count - 1];
    record(rule, REFLECTION, -1, key, startOf(before), endOf(before));
  }

  /**
   * One more finding, made by a rule outside the library.
   *
   * @param finding what the rule found
   * @throws NullPointerException if {@code finding} is null
   */
  public void put(F finding) {
    Objects.requireNonNull(finding, "finding");
    int at = room();
    parts[2 * at] = finding;
    records[at] = (long) READY << (2 * POSITION_BITS);
    count++;
  }

  /** {@return how many findings were recorded} */
  public int count() {
    return count;
  }

  /**
   * The rungs recorded by {@link #rung}, as bits by ordinal (not those of findings {@link #put}).
   *
   * @return the bits
   */
  public int rungMask() {
    return rungMask;
  }

  /** {@return every finding, in the order recorded, as an unmodifiable list; made on each call} */
  public List<F> findings() {
    return findingsFrom(0);
  }

  /**
   * The findings recorded from {@code from} on, made now, as an unmodifiable list.
   *
   * @param from the count before them
   * @return the findings
   */
  public List<F> findingsFrom(int from) {
    Objects.checkFromToIndex(from, count, count);
    Object[] made = new Object[count - from];
    for (int i = from; i < count; i++) {
      made[i - from] = make(i);
    }
    @SuppressWarnings("unchecked") // every element is an F, made by a source or put
    List<F> findings = (List<F>) ArrayView.owningNonNull(made, made.length);
    return findings;
  }

  @SuppressWarnings("unchecked") // parts hold only sources and findings of this buffer's type
  private F make(int i) {
    long r = records[i];
    int kind = kindOf(r);
    if (kind == READY) {
      return (F) parts[2 * i];
    }
    Source<F> source = (Source<F>) parts[2 * i];
    return source.make(kind, rungOf(r) - 1, (String) parts[2 * i + 1], ArrayView.slice(ids, startOf(r), endOf(r)));
  }

  private void record(Source<F> rule, int kind, int rung, String key, int from, int to) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(key, "key");
    int at = room();
    parts[2 * at] = rule;
    parts[2 * at + 1] = key;
    records[at] = from | (long) to << POSITION_BITS | (long) kind << (2 * POSITION_BITS)
        | (long) (rung + 1) << (2 * POSITION_BITS + 4);
    if (rung >= 0) {
      rungMask |= 1 << rung;
    }
    count++;
    taken = size;
  }

  /** The index of the next record, after growing the arrays if they are full. */
  private int room() {
    if (count == records.length) {
      records = Arrays.copyOf(records, count * 2);
      parts = Arrays.copyOf(parts, count * 4);
    }
    return count;
  }

  private static int startOf(long record) {
    return (int) (record & POSITION_MASK);
  }

  private static int endOf(long record) {
    return (int) ((record >>> POSITION_BITS) & POSITION_MASK);
  }

  private static int kindOf(long record) {
    return (int) ((record >>> (2 * POSITION_BITS)) & 0xF);
  }

  private static int rungOf(long record) {
    return (int) ((record >>> (2 * POSITION_BITS + 4)) & 0xF);
  }
}
