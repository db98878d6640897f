package org.holdspace.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.progress.Progress;
import org.holdspace.progress.ProgressReport;
import org.holdspace.session.Session;

/**
 * One child's sessions, in time order, with the progress report across them ({@link
 * Progress#of}). The coder carries the sessions over the JSON wire format and the report is made
 * again from them when read (a report is a pure function of the sessions, and has no public
 * builder to be read into).
 */
public final class ChildProgress {
  /** Time order: planned start, then session id. */
  static final Comparator<Session> ORDER =
      Comparator.comparing((Session s) -> s.planned().start()).thenComparing(Session::id);

  private final String clientId;
  private final List<Session> sessions;
  private final ProgressReport report;

  private ChildProgress(String clientId, List<Session> sessions, ProgressReport report) {
    this.clientId = clientId;
    this.sessions = sessions;
    this.report = report;
  }

  /**
   * The progress of one child.
   *
   * @param sessions the child's sessions, in any order (at least one; one client id)
   * @return the child's sessions in time order and the report
   * @throws org.holdspace.validation.ValidationException if the list is empty or mixes children
   */
  public static ChildProgress of(Iterable<? extends Session> sessions) {
    List<Session> sorted = new ArrayList<>();
    sessions.forEach(sorted::add);
    sorted.sort(ORDER);
    ProgressReport report = Progress.of(sorted); // checks: not empty, one child
    return new ChildProgress(report.clientId(), List.copyOf(sorted), report);
  }

  /** {@return the child's client id} */
  public String clientId() {
    return clientId;
  }

  /** {@return the child's sessions, in time order} */
  public List<Session> sessions() {
    return sessions;
  }

  /** {@return the progress report across the sessions} */
  public ProgressReport report() {
    return report;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChildProgress && ((ChildProgress) o).sessions.equals(sessions);
  }

  @Override
  public int hashCode() {
    return sessions.hashCode();
  }

  @Override
  public String toString() {
    return "ChildProgress{" + sessions.size() + " sessions}";
  }

  /** {@return the coder for the library's own session types} */
  public static CustomCoder<ChildProgress> coder() {
    return coder(StandardJson.INSTANCE);
  }

  /**
   * The coder for sessions that the given JSON handles (a vendor's codecs).
   *
   * @param json how each worker makes its {@code HoldspaceJson}
   * @return a coder
   */
  public static CustomCoder<ChildProgress> coder(PerWorker<HoldspaceJson> json) {
    return new ChildProgressCoder(SessionCoder.of(Objects.requireNonNull(json, "json")));
  }

  private static final class ChildProgressCoder extends CustomCoder<ChildProgress> {
    private static final long serialVersionUID = 1L;
    private final ListCoder<Session> sessions;

    ChildProgressCoder(SessionCoder sessions) {
      this.sessions = ListCoder.of(sessions);
    }

    @Override
    public void encode(ChildProgress value, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(value.clientId, out);
      sessions.encode(value.sessions, out);
    }

    @Override
    public ChildProgress decode(InputStream in) throws IOException {
      String clientId = StringUtf8Coder.of().decode(in);
      List<Session> list = List.copyOf(sessions.decode(in));
      return new ChildProgress(clientId, list, Progress.of(list));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ChildProgressCoder && ((ChildProgressCoder) o).sessions.equals(sessions);
    }

    @Override
    public int hashCode() {
      return sessions.hashCode();
    }
  }
}
