package org.holdspace.beam;

import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.session.Session;

/**
 * Evaluates each session: the session with its assessment. The evaluator is made once per worker
 * ({@code @Setup}) from a {@link PerWorker} recipe and shared; evaluation is a pure function, so
 * the result equals {@code evaluator.evaluate(session)} on one machine. Counter {@code evaluated}
 * (namespace this class) shows progress.
 *
 * <pre>{@code
 * PCollection<Session> sessions = parsed.get(ParseSessions.SESSIONS);
 * PCollection<KV<Session, Assessment>> evaluated = sessions.apply(Evaluate.standard());
 * PCollection<Assessment> assessments = evaluated.apply(Values.create());
 * }</pre>
 */
public final class Evaluate extends PTransform<PCollection<Session>, PCollection<KV<Session, Assessment>>> {
  private static final long serialVersionUID = 1L;
  private final PerWorker<Evaluator> evaluator;
  private final PerWorker<HoldspaceJson> json;

  private Evaluate(PerWorker<Evaluator> evaluator, PerWorker<HoldspaceJson> json) {
    this.evaluator = evaluator;
    this.json = json;
  }

  /** {@return evaluation under the standard rule set} */
  public static Evaluate standard() {
    return new Evaluate(() -> Evaluator.of(StandardRules.ruleSet()), StandardJson.INSTANCE);
  }

  /**
   * Evaluation with the caller's evaluator (a vendor's rules or configuration).
   *
   * @param evaluator how each worker makes its evaluator
   * @return the transform
   */
  public static Evaluate with(PerWorker<Evaluator> evaluator) {
    return new Evaluate(Objects.requireNonNull(evaluator, "evaluator"), StandardJson.INSTANCE);
  }

  /**
   * This transform with the JSON that encodes the sessions (a vendor's codecs).
   *
   * @param json how each worker makes its {@code HoldspaceJson}
   * @return a new transform
   */
  public Evaluate withJson(PerWorker<HoldspaceJson> json) {
    return new Evaluate(evaluator, Objects.requireNonNull(json, "json"));
  }

  @Override
  public PCollection<KV<Session, Assessment>> expand(PCollection<Session> sessions) {
    return sessions.apply("Evaluate", ParDo.of(new EvaluateFn(evaluator)))
        .setCoder(KvCoder.of(SessionCoder.of(json), AssessmentCoder.of()));
  }

  private static final class EvaluateFn extends DoFn<Session, KV<Session, Assessment>> {
    private static final long serialVersionUID = 1L;
    private final PerWorker<Evaluator> recipe;
    private final Counter evaluated = Metrics.counter(Evaluate.class, "evaluated");
    private transient Evaluator evaluator;

    EvaluateFn(PerWorker<Evaluator> recipe) {
      this.recipe = recipe;
    }

    @Setup
    public void setup() {
      evaluator = recipe.create();
    }

    @ProcessElement
    public void process(@Element Session session, OutputReceiver<KV<Session, Assessment>> out) {
      out.output(KV.of(session, evaluator.evaluate(session)));
      evaluated.inc();
    }
  }
}
