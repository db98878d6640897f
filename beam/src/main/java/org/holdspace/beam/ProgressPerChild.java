package org.holdspace.beam;

import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.session.Session;

/**
 * Each child's progress across sessions: the sessions grouped by client id (through a shuffle, over
 * the JSON wire format), put in time order, and {@link org.holdspace.progress.Progress#of} on them,
 * so that each child's report equals the one-machine report on the same sessions.
 *
 * <pre>{@code
 * PCollection<Session> sessions = parsed.get(ParseSessions.SESSIONS);
 * PCollection<ChildProgress> progress = sessions.apply(ProgressPerChild.create());
 * }</pre>
 */
public final class ProgressPerChild extends PTransform<PCollection<Session>, PCollection<ChildProgress>> {
  private static final long serialVersionUID = 1L;
  private final PerWorker<HoldspaceJson> json;

  private ProgressPerChild(PerWorker<HoldspaceJson> json) {
    this.json = json;
  }

  /** {@return the transform for the library's own session types} */
  public static ProgressPerChild create() {
    return new ProgressPerChild(StandardJson.INSTANCE);
  }

  /**
   * This transform with the JSON that encodes the sessions (a vendor's codecs).
   *
   * @param json how each worker makes its {@code HoldspaceJson}
   * @return a new transform
   */
  public ProgressPerChild withJson(PerWorker<HoldspaceJson> json) {
    return new ProgressPerChild(Objects.requireNonNull(json, "json"));
  }

  @Override
  public PCollection<ChildProgress> expand(PCollection<Session> sessions) {
    return sessions
        .apply("By child", WithKeys.of((Session s) -> s.clientId()).withKeyType(TypeDescriptor.of(String.class)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SessionCoder.of(json)))
        .apply("Group", GroupByKey.create())
        .apply("Progress", MapElements.into(TypeDescriptor.of(ChildProgress.class))
            .via(kv -> ChildProgress.of(kv.getValue())))
        .setCoder(ChildProgress.coder(json));
  }
}
