package org.holdspace.beam;

import java.util.Objects;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.session.Session;

/**
 * NDJSON lines to sessions, with every bad line in a dead-letter output: {@link #SESSIONS} and
 * {@link #BAD_LINES} of the result. A bad line says where it is and what is wrong (problem and
 * JSON pointer), never its content, unless {@link #keepingRawLines()} asks for it. Counters
 * {@code sessions} and {@code badLines} (namespace this class) show progress while it runs.
 *
 * <pre>{@code
 * PCollectionTuple parsed = lines.apply(ParseSessions.create());
 * PCollection<Session> sessions = parsed.get(ParseSessions.SESSIONS);
 * PCollection<BadLine> bad = parsed.get(ParseSessions.BAD_LINES);
 * }</pre>
 */
public final class ParseSessions extends PTransform<PCollection<SourceLine>, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  /** The sessions read. */
  public static final TupleTag<Session> SESSIONS = new TupleTag<Session>("sessions") {
    private static final long serialVersionUID = 1L;
  };
  /** The lines that are not sessions. */
  public static final TupleTag<BadLine> BAD_LINES = new TupleTag<BadLine>("bad-lines") {
    private static final long serialVersionUID = 1L;
  };

  private final PerWorker<HoldspaceJson> json;
  private final boolean raw;

  private ParseSessions(PerWorker<HoldspaceJson> json, boolean raw) {
    this.json = json;
    this.raw = raw;
  }

  /** {@return the transform for the library's own types} */
  public static ParseSessions create() {
    return new ParseSessions(StandardJson.INSTANCE, false);
  }

  /**
   * The transform with a JSON reader of the caller's (a vendor's codecs, other limits).
   *
   * @param json how each worker makes its reader
   * @return a new transform
   */
  public ParseSessions withJson(PerWorker<HoldspaceJson> json) {
    return new ParseSessions(Objects.requireNonNull(json, "json"), raw);
  }

  /**
   * The transform that also keeps each bad line's raw text in its {@link BadLine#raw()}: health
   * data, for a caller who must repair lines and may hold them.
   *
   * @return a new transform
   */
  public ParseSessions keepingRawLines() {
    return new ParseSessions(json, true);
  }

  @Override
  public PCollectionTuple expand(PCollection<SourceLine> lines) {
    PCollectionTuple out = lines.apply("Parse", ParDo.of(new Parse(json, raw))
        .withOutputTags(SESSIONS, TupleTagList.of(BAD_LINES)));
    out.get(SESSIONS).setCoder(SessionCoder.of(json));
    out.get(BAD_LINES).setCoder(BadLine.coder());
    return out;
  }

  private static final class Parse extends DoFn<SourceLine, Session> {
    private static final long serialVersionUID = 1L;
    private final PerWorker<HoldspaceJson> recipe;
    private final boolean raw;
    private transient LineParser parser;

    Parse(PerWorker<HoldspaceJson> recipe, boolean raw) {
      this.recipe = recipe;
      this.raw = raw;
    }

    @Setup
    public void setup() {
      parser = new LineParser(recipe.create(), raw);
    }

    @ProcessElement
    public void process(@Element SourceLine line, MultiOutputReceiver out) {
      Session s = parser.parse(line, out.get(BAD_LINES)::output);
      if (s != null) {
        out.get(SESSIONS).output(s);
      }
    }
  }
}
