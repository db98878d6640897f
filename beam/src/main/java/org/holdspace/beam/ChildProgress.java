package org.holdspace.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.holdspace.progress.Progress;
import org.holdspace.progress.ProgressInput;
import org.holdspace.progress.ProgressReport;

/**
 * One child's progress report across their sessions ({@link Progress#from}), made where the
 * child's {@link ProgressInput}s met: what {@link ProgressPerChild} gives. The sessions that did
 * not take place are listed in the order of their planned start (then session id), as {@code
 * Progress.of} lists them for sessions in that order. The coder carries the inputs (compact) and
 * the report is made again from them when read: a report is a pure function of them.
 */
public final class ChildProgress {
  /** The order of a child's inputs: planned start, then session id. */
  static final Comparator<ProgressInput> ORDER =
      Comparator.comparing(ProgressInput::plannedStart).thenComparing(ProgressInput::sessionId);

  private final List<ProgressInput> inputs;
  private final ProgressReport report;

  private ChildProgress(List<ProgressInput> inputs, ProgressReport report) {
    this.inputs = inputs;
    this.report = report;
  }

  /**
   * The progress of one child.
   *
   * <pre>{@code
   * ChildProgress child = ChildProgress.from(sessions.stream().map(ProgressInput::of).toList());
   * child.report().timeToRegulate();
   * }</pre>
   *
   * @param inputs what each of the child's sessions gave, in any order (at least one; one client id)
   * @return the child's report
   * @throws org.holdspace.validation.ValidationException if there is no input or they mix children
   */
  public static ChildProgress from(Iterable<ProgressInput> inputs) {
    List<ProgressInput> sorted = new ArrayList<>();
    inputs.forEach(sorted::add);
    sorted.sort(ORDER);
    return new ChildProgress(List.copyOf(sorted), Progress.from(sorted)); // checks: not empty, one child
  }

  /** {@return the child's client id} */
  public String clientId() {
    return report.clientId();
  }

  /** {@return the number of the child's sessions, held or not} */
  public int sessionCount() {
    return inputs.size();
  }

  /** {@return the progress report across the sessions} */
  public ProgressReport report() {
    return report;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChildProgress && ((ChildProgress) o).inputs.equals(inputs);
  }

  @Override
  public int hashCode() {
    return inputs.hashCode();
  }

  @Override
  public String toString() {
    return "ChildProgress{" + inputs.size() + " sessions}";
  }

  /** {@return the coder of a child's progress} */
  public static CustomCoder<ChildProgress> coder() {
    return ChildProgressCoder.INSTANCE;
  }

  private static final class ChildProgressCoder extends CustomCoder<ChildProgress> {
    private static final long serialVersionUID = 1L;
    static final ChildProgressCoder INSTANCE = new ChildProgressCoder();
    private static final ListCoder<ProgressInput> INPUTS = ListCoder.of(ProgressInputCoder.of());

    @Override
    public void encode(ChildProgress value, OutputStream out) throws IOException {
      INPUTS.encode(value.inputs, out);
    }

    @Override
    public ChildProgress decode(InputStream in) throws IOException {
      List<ProgressInput> list = List.copyOf(INPUTS.decode(in)); // in order already
      return new ChildProgress(list, Progress.from(list));
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
