package org.holdspace.beam;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.ReadableFileCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.holdspace.json.JsonLimits;
import org.holdspace.json.NdjsonLines;

/**
 * The lines of NDJSON files, numbered: each file matched by a file pattern is cut at line breaks
 * into ranges of about 16 MB (one sequential scan of the file finds the cuts and counts the lines
 * before each, so every line keeps its number in the file), and the ranges are read in parallel
 * (a compressed file, which cannot be read from the middle, is one range). The lines are split
 * exactly as the JSON module's NDJSON reader splits them ({@link NdjsonLines}): blank lines
 * skipped and counted (counter {@code blankLines}, namespace this class; {@code lines} counts
 * every line), and a line longer than the document limit passed on as too long, whatever it
 * holds, so that parsing reports it as a bad line ({@code LIMIT_EXCEEDED}) without holding it.
 * Every line of a file is a session, a bad line or a counted blank. Counter {@code ranges} counts
 * the ranges read.
 *
 * <pre>{@code
 * PCollection<SourceLine> lines = pipeline.apply(ReadLines.from("gs://clinic/sessions-*.ndjson"));
 * }</pre>
 */
public final class ReadLines extends PTransform<PBegin, PCollection<SourceLine>> {
  private static final long serialVersionUID = 1L;
  private static final long RANGE_BYTES = 16L << 20;
  private final String filepattern;
  private final long maxLineBytes;
  private final long rangeBytes;

  private ReadLines(String filepattern, long maxLineBytes, long rangeBytes) {
    this.filepattern = filepattern;
    this.maxLineBytes = maxLineBytes;
    this.rangeBytes = rangeBytes;
  }

  /**
   * Reads the files matching {@code filepattern} (any file system Beam knows: local, GCS, S3, ...),
   * with lines up to the default document limit ({@code JsonLimits.defaults()}).
   *
   * @param filepattern a file pattern
   * @return the transform
   */
  public static ReadLines from(String filepattern) {
    return new ReadLines(Objects.requireNonNull(filepattern, "filepattern"), JsonLimits.defaults().maxDocumentBytes(),
        RANGE_BYTES);
  }

  /**
   * This transform with lines up to {@code limits.maxDocumentBytes()}: give it the limits the
   * parsing's {@code HoldspaceJson} has, so that both agree on which lines are too long.
   *
   * @param limits the JSON limits
   * @return a new transform
   */
  public ReadLines withLimits(JsonLimits limits) {
    return new ReadLines(filepattern, limits.maxDocumentBytes(), rangeBytes);
  }

  /** This transform cutting files into ranges of about {@code bytes} (tests: many small ranges). */
  ReadLines withRangeBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("a range is at least one byte");
    }
    return new ReadLines(filepattern, maxLineBytes, bytes);
  }

  @Override
  public PCollection<SourceLine> expand(PBegin input) {
    return input.apply("Match", FileIO.match().filepattern(filepattern))
        .apply("Open", FileIO.readMatches())
        .apply("Cut into ranges", ParDo.of(new CutIntoRanges(rangeBytes)))
        .setCoder(KvCoder.of(ReadableFileCoder.of(), ListCoder.of(VarLongCoder.of())))
        .apply("Spread ranges", Reshuffle.viaRandomKey())
        .apply("Number lines", ParDo.of(new NumberLines(maxLineBytes)))
        .setCoder(SourceLine.coder());
  }

  /** Each file as ranges that begin at line starts: {@code [start, end, number of the first line]}. */
  private static final class CutIntoRanges extends DoFn<FileIO.ReadableFile, KV<FileIO.ReadableFile, List<Long>>> {
    private static final long serialVersionUID = 1L;
    private final long rangeBytes;
    private final Counter ranges = Metrics.counter(ReadLines.class, "ranges");

    CutIntoRanges(long rangeBytes) {
      this.rangeBytes = rangeBytes;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<KV<FileIO.ReadableFile, List<Long>>> out)
        throws IOException {
      long size = file.getMetadata().sizeBytes();
      if (size <= rangeBytes || file.getCompression() != Compression.UNCOMPRESSED) {
        out.output(KV.of(file, List.of(0L, Long.MAX_VALUE, 1L)));
        ranges.inc();
        return;
      }
      long start = 0;
      long firstLine = 1;
      long lines = 0; // line breaks before the current position
      long position = 0;
      ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
      try (ReadableByteChannel channel = file.open()) {
        for (int n = channel.read(buffer); n >= 0; n = channel.read(buffer)) {
          byte[] bytes = buffer.array();
          for (int i = 0; i < buffer.position(); i++) {
            if (bytes[i] == '\n') {
              lines++;
              long next = position + i + 1; // a line starts here
              if (next - start >= rangeBytes) {
                out.output(KV.of(file, List.of(start, next, firstLine)));
                ranges.inc();
                start = next;
                firstLine = lines + 1;
              }
            }
          }
          position += buffer.position();
          buffer.clear();
        }
      }
      if (start < position) {
        out.output(KV.of(file, List.of(start, Long.MAX_VALUE, firstLine)));
        ranges.inc();
      }
    }
  }

  private static final class NumberLines extends DoFn<KV<FileIO.ReadableFile, List<Long>>, SourceLine> {
    private static final long serialVersionUID = 1L;
    private final long maxLineBytes;
    private final Counter lines = Metrics.counter(ReadLines.class, "lines");
    private final Counter blankLines = Metrics.counter(ReadLines.class, "blankLines");

    NumberLines(long maxLineBytes) {
      this.maxLineBytes = maxLineBytes;
    }

    @ProcessElement
    public void process(@Element KV<FileIO.ReadableFile, List<Long>> range, OutputReceiver<SourceLine> out)
        throws IOException {
      FileIO.ReadableFile file = range.getKey();
      long start = range.getValue().get(0);
      long end = range.getValue().get(1);
      long before = range.getValue().get(2) - 1;
      String source = file.getMetadata().resourceId().toString();
      JsonLimits limits = JsonLimits.defaults().withMaxDocumentBytes(maxLineBytes);
      InputStream in;
      if (start == 0 && end == Long.MAX_VALUE) {
        in = Channels.newInputStream(file.open());
      } else {
        SeekableByteChannel channel = file.openSeekable();
        channel.position(start);
        in = new Bounded(Channels.newInputStream(channel), end == Long.MAX_VALUE ? Long.MAX_VALUE : end - start);
      }
      try (NdjsonLines split = NdjsonLines.of(in, limits)) {
        for (NdjsonLines.Line line = split.next(); line != null; line = split.next()) {
          long number = before + line.number();
          out.output(line.isTooLong() ? SourceLine.tooLong(source, number) : SourceLine.of(source, number, line.bytes()));
        }
        lines.inc(split.linesRead());
        blankLines.inc(split.blankLines());
      }
    }
  }

  /** At most {@code remaining} bytes of a stream. */
  private static final class Bounded extends FilterInputStream {
    private long remaining;

    Bounded(InputStream in, long remaining) {
      super(in);
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) {
        return len == 0 ? 0 : -1;
      }
      int n = in.read(b, off, (int) Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(Math.min(n, remaining));
      remaining -= skipped;
      return skipped;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(in.available(), remaining);
    }
  }
}
