package org.holdspace.beam;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.holdspace.progress.ProgressInput;
import org.holdspace.session.Session;

/**
 * Each child's progress across sessions: each session measured where it is ({@link
 * ProgressInput#of}), only those measures moved through the shuffle by client id (in their compact
 * form, {@link ProgressInputCoder}), and the report made from them ({@link ChildProgress#from}),
 * so that each child's report equals the one-machine {@code Progress.of} on the same sessions in
 * the order of their planned start.
 *
 * <pre>{@code
 * PCollection<Session> sessions = parsed.get(ParseSessions.SESSIONS);
 * PCollection<ChildProgress> progress = sessions.apply(ProgressPerChild.create());
 * }</pre>
 */
public final class ProgressPerChild extends PTransform<PCollection<Session>, PCollection<ChildProgress>> {
  private static final long serialVersionUID = 1L;

  private ProgressPerChild() {}

  /** {@return the transform} */
  public static ProgressPerChild create() {
    return new ProgressPerChild();
  }

  @Override
  public PCollection<ChildProgress> expand(PCollection<Session> sessions) {
    return group(sessions.apply("Measure", MapElements
        .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(ProgressInput.class)))
        .via((Session s) -> KV.of(s.clientId(), ProgressInput.of(s)))));
  }

  /** Each child's inputs brought together, and the child's report made from them. */
  static PCollection<ChildProgress> group(PCollection<KV<String, ProgressInput>> inputs) {
    return inputs.setCoder(KvCoder.of(StringUtf8Coder.of(), ProgressInputCoder.of()))
        .apply("Group", GroupByKey.create())
        .apply("Progress", MapElements.into(TypeDescriptor.of(ChildProgress.class))
            .via(kv -> ChildProgress.from(kv.getValue())))
        .setCoder(ChildProgress.coder());
  }
}
