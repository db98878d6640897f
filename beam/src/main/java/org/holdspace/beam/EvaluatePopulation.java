package org.holdspace.beam;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.progress.ProgressInput;
import org.holdspace.session.Session;

/**
 * The whole population pass in one step per line: each line parsed, its session evaluated,
 * measured for its child's progress and counted for the table, where it was read. Only small
 * values leave that step: the assessment as its NDJSON line, the session's {@link ProgressInput}
 * (compact) and its {@link PopulationCounts}; the session itself never crosses a shuffle or an
 * engine's operator boundary, where a coder would write and read it again. The results equal
 * {@link ParseSessions}, {@link Evaluate}, {@link ProgressPerChild} and {@link PopulationTable}
 * composed, which remain for pipelines that need the sessions themselves downstream; this
 * transform is the fast path (on embedded Flink, 100,000 lines took 22.7 s this way, against 41-50 s
 * for the composed transforms before this pass existed: docs/population.md has the measurements).
 *
 * <p>Outputs of the result: {@link #ASSESSMENTS} (each assessment as one line of Holdspace's
 * NDJSON, as {@code HoldspaceJson.writeAssessment} writes it), {@link #BAD_LINES} (as {@code
 * ParseSessions} reports them), {@link #PROGRESS} (one {@link ChildProgress} per child) and {@link
 * #TABLE} (the population table, by discipline unless {@link #withTable} names another grouping).
 * Counters: {@code sessions} and {@code badLines} (namespace {@link ParseSessions}), {@code
 * evaluated} (namespace {@link Evaluate}).
 *
 * <pre>{@code
 * PCollectionTuple results = pipeline.apply(ReadLines.from("sessions-*.ndjson"))
 *     .apply(EvaluatePopulation.standard());
 * results.get(EvaluatePopulation.ASSESSMENTS)
 *     .apply(org.apache.beam.sdk.io.TextIO.write().to("out/assessments").withSuffix(".ndjson"));
 * PCollection<ChildProgress> progress = results.get(EvaluatePopulation.PROGRESS);
 * PCollection<KV<String, PopulationCounts>> table = results.get(EvaluatePopulation.TABLE);
 * }</pre>
 */
public final class EvaluatePopulation extends PTransform<PCollection<SourceLine>, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  /** Each assessment as one NDJSON line. */
  public static final TupleTag<String> ASSESSMENTS = new TupleTag<String>("assessments") {
    private static final long serialVersionUID = 1L;
  };
  /** The lines that are not sessions. */
  public static final TupleTag<BadLine> BAD_LINES = ParseSessions.BAD_LINES;
  /** Each child's progress. */
  public static final TupleTag<ChildProgress> PROGRESS = new TupleTag<ChildProgress>("progress") {
    private static final long serialVersionUID = 1L;
  };
  /** The population table: counts per group. */
  public static final TupleTag<KV<String, PopulationCounts>> TABLE = new TupleTag<KV<String, PopulationCounts>>("table") {
    private static final long serialVersionUID = 1L;
  };

  private static final TupleTag<KV<String, ProgressInput>> MEASURED = new TupleTag<KV<String, ProgressInput>>("measured") {
    private static final long serialVersionUID = 1L;
  };
  private static final TupleTag<KV<String, PopulationCounts>> COUNTED = new TupleTag<KV<String, PopulationCounts>>("counted") {
    private static final long serialVersionUID = 1L;
  };

  private final PerWorker<Evaluator> evaluator;
  private final PerWorker<HoldspaceJson> json;
  private final PopulationTable table;
  private final boolean raw;

  private EvaluatePopulation(PerWorker<Evaluator> evaluator, PerWorker<HoldspaceJson> json, PopulationTable table,
      boolean raw) {
    this.evaluator = evaluator;
    this.json = json;
    this.table = table;
    this.raw = raw;
  }

  /** {@return the pass under the standard rule set, with the library's JSON and the table by discipline} */
  public static EvaluatePopulation standard() {
    return new EvaluatePopulation(() -> Evaluator.of(StandardRules.ruleSet()), StandardJson.INSTANCE,
        PopulationTable.byDiscipline(), false);
  }

  /**
   * This pass with the caller's evaluator (a vendor's rules or configuration).
   *
   * @param evaluator how each worker makes its evaluator
   * @return a new transform
   */
  public EvaluatePopulation with(PerWorker<Evaluator> evaluator) {
    return new EvaluatePopulation(Objects.requireNonNull(evaluator, "evaluator"), json, table, raw);
  }

  /**
   * This pass with the JSON that reads the sessions and writes the assessments (a vendor's codecs,
   * other limits).
   *
   * @param json how each worker makes its {@code HoldspaceJson}
   * @return a new transform
   */
  public EvaluatePopulation withJson(PerWorker<HoldspaceJson> json) {
    return new EvaluatePopulation(evaluator, Objects.requireNonNull(json, "json"), table, raw);
  }

  /**
   * This pass with another grouping of the table ({@link PopulationTable#byMonth()}, {@link
   * PopulationTable#by}).
   *
   * @param table the table's grouping
   * @return a new transform
   */
  public EvaluatePopulation withTable(PopulationTable table) {
    return new EvaluatePopulation(evaluator, json, Objects.requireNonNull(table, "table"), raw);
  }

  /**
   * This pass keeping each bad line's raw text in its {@link BadLine#raw()}: health data, for a
   * caller who must repair lines and may hold them.
   *
   * @return a new transform
   */
  public EvaluatePopulation keepingRawLines() {
    return new EvaluatePopulation(evaluator, json, table, true);
  }

  @Override
  public PCollectionTuple expand(PCollection<SourceLine> lines) {
    PCollectionTuple out = lines.apply("Parse, evaluate, measure, count", ParDo
        .of(new Pass(evaluator, json, table.group(), raw))
        .withOutputTags(ASSESSMENTS, TupleTagList.of(BAD_LINES).and(MEASURED).and(COUNTED)));
    out.get(ASSESSMENTS).setCoder(StringUtf8Coder.of());
    out.get(BAD_LINES).setCoder(BadLine.coder());
    out.get(MEASURED).setCoder(KvCoder.of(StringUtf8Coder.of(), ProgressInputCoder.of()));
    out.get(COUNTED).setCoder(KvCoder.of(StringUtf8Coder.of(), PopulationCounts.coder()));
    return PCollectionTuple.of(ASSESSMENTS, out.get(ASSESSMENTS))
        .and(BAD_LINES, out.get(BAD_LINES))
        .and(PROGRESS, ProgressPerChild.group(out.get(MEASURED)))
        .and(TABLE, PopulationTable.sum(out.get(COUNTED)));
  }

  private static final class Pass extends DoFn<SourceLine, String> {
    private static final long serialVersionUID = 1L;
    private final PerWorker<Evaluator> evaluatorRecipe;
    private final PerWorker<HoldspaceJson> jsonRecipe;
    private final SerializableFunction<Session, String> group;
    private final boolean raw;
    private final Counter evaluated = Metrics.counter(Evaluate.class, "evaluated");
    private transient Evaluator evaluator;
    private transient HoldspaceJson json;
    private transient LineParser parser;

    Pass(PerWorker<Evaluator> evaluator, PerWorker<HoldspaceJson> json, SerializableFunction<Session, String> group,
        boolean raw) {
      this.evaluatorRecipe = evaluator;
      this.jsonRecipe = json;
      this.group = group;
      this.raw = raw;
    }

    @Setup
    public void setup() {
      evaluator = evaluatorRecipe.create();
      json = jsonRecipe.create();
      parser = new LineParser(json, raw);
    }

    @ProcessElement
    public void process(@Element SourceLine line, MultiOutputReceiver out) throws HoldspaceJsonException {
      Session s = parser.parse(line, out.get(BAD_LINES)::output);
      if (s == null) {
        return;
      }
      Assessment a = evaluator.evaluate(s);
      evaluated.inc();
      out.get(ASSESSMENTS).output(new String(json.writeAssessment(a), StandardCharsets.UTF_8));
      out.get(MEASURED).output(KV.of(s.clientId(), ProgressInput.of(s)));
      out.get(COUNTED).output(KV.of(group.apply(s), PopulationCounts.of(s, a)));
    }
  }
}
