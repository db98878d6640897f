package org.holdspace.beam;

import java.io.IOException;
import java.nio.channels.Channels;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.holdspace.json.JsonLimits;
import org.holdspace.json.NdjsonLines;

/**
 * The lines of NDJSON files, numbered: each file matched by a file pattern is read by one worker
 * from start to end (numbering needs the whole file), and its lines go on in parallel. The lines
 * are split exactly as the JSON module's NDJSON reader splits them ({@link NdjsonLines}): blank
 * lines skipped and counted (counter {@code blankLines}, namespace this class; {@code lines}
 * counts every line), and a line longer than the document limit passed on as too long, whatever
 * it holds, so that parsing reports it as a bad line ({@code LIMIT_EXCEEDED}) without holding it.
 * Every line of a file is a session, a bad line or a counted blank.
 *
 * <pre>{@code
 * PCollection<SourceLine> lines = pipeline.apply(ReadLines.from("gs://clinic/sessions-*.ndjson"));
 * }</pre>
 */
public final class ReadLines extends PTransform<PBegin, PCollection<SourceLine>> {
  private static final long serialVersionUID = 1L;
  private final String filepattern;
  private final long maxLineBytes;

  private ReadLines(String filepattern, long maxLineBytes) {
    this.filepattern = filepattern;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads the files matching {@code filepattern} (any file system Beam knows: local, GCS, S3, ...),
   * with lines up to the default document limit ({@code JsonLimits.defaults()}).
   *
   * @param filepattern a file pattern
   * @return the transform
   */
  public static ReadLines from(String filepattern) {
    return new ReadLines(Objects.requireNonNull(filepattern, "filepattern"), JsonLimits.defaults().maxDocumentBytes());
  }

  /**
   * This transform with lines up to {@code limits.maxDocumentBytes()}: give it the limits the
   * parsing's {@code HoldspaceJson} has, so that both agree on which lines are too long.
   *
   * @param limits the JSON limits
   * @return a new transform
   */
  public ReadLines withLimits(JsonLimits limits) {
    return new ReadLines(filepattern, limits.maxDocumentBytes());
  }

  @Override
  public PCollection<SourceLine> expand(PBegin input) {
    return input.apply("Match", FileIO.match().filepattern(filepattern))
        .apply("Open", FileIO.readMatches())
        .apply("Number lines", ParDo.of(new NumberLines(maxLineBytes)))
        .setCoder(SourceLine.coder());
  }

  private static final class NumberLines extends DoFn<FileIO.ReadableFile, SourceLine> {
    private static final long serialVersionUID = 1L;
    private final long maxLineBytes;
    private final Counter lines = Metrics.counter(ReadLines.class, "lines");
    private final Counter blankLines = Metrics.counter(ReadLines.class, "blankLines");

    NumberLines(long maxLineBytes) {
      this.maxLineBytes = maxLineBytes;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<SourceLine> out) throws IOException {
      String source = file.getMetadata().resourceId().toString();
      JsonLimits limits = JsonLimits.defaults().withMaxDocumentBytes(maxLineBytes);
      try (NdjsonLines split = NdjsonLines.of(Channels.newInputStream(file.open()), limits)) {
        for (NdjsonLines.Line line = split.next(); line != null; line = split.next()) {
          out.output(line.isTooLong() ? SourceLine.tooLong(source, line.number())
              : SourceLine.of(source, line.number(), line.bytes()));
        }
        lines.inc(split.linesRead());
        blankLines.inc(split.blankLines());
      }
    }
  }
}
