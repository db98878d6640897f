package org.holdspace.beam;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.holdspace.json.JsonLimits;

/**
 * The lines of NDJSON files, numbered: each file matched by a file pattern is read by one worker
 * from start to end (numbering needs the whole file), and its lines go on in parallel. Blank lines
 * are skipped but counted, as {@code HoldspaceJson.readSessions} does; a line longer than the JSON
 * reader's default document limit is cut just past it, so that parsing refuses it
 * ({@code LIMIT_EXCEEDED}) without holding all of it.
 *
 * <pre>{@code
 * PCollection<SourceLine> lines = pipeline.apply(ReadLines.from("gs://clinic/sessions-*.ndjson"));
 * }</pre>
 */
public final class ReadLines extends PTransform<PBegin, PCollection<SourceLine>> {
  private static final long serialVersionUID = 1L;
  private final String filepattern;

  private ReadLines(String filepattern) {
    this.filepattern = filepattern;
  }

  /**
   * Reads the files matching {@code filepattern} (any file system Beam knows: local, GCS, S3, ...).
   *
   * @param filepattern a file pattern
   * @return the transform
   */
  public static ReadLines from(String filepattern) {
    return new ReadLines(Objects.requireNonNull(filepattern, "filepattern"));
  }

  @Override
  public PCollection<SourceLine> expand(PBegin input) {
    return input.apply("Match", FileIO.match().filepattern(filepattern))
        .apply("Open", FileIO.readMatches())
        .apply("Number lines", ParDo.of(new NumberLines()))
        .setCoder(SourceLine.coder());
  }

  private static final class NumberLines extends DoFn<FileIO.ReadableFile, SourceLine> {
    private static final long serialVersionUID = 1L;
    /** The JSON reader's default document limit: a longer line is kept only to this length plus one byte. */
    private static final long MAX_LINE_BYTES = JsonLimits.defaults().maxDocumentBytes();

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<SourceLine> out) throws IOException {
      String source = file.getMetadata().resourceId().toString();
      try (InputStream in = new BufferedInputStream(Channels.newInputStream(file.open()), 1 << 16)) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        long number = 0;
        int b;
        boolean more = true;
        while (more) {
          b = in.read();
          if (b == '\n' || b < 0) {
            more = b >= 0;
            if (b < 0 && line.size() == 0) {
              break;
            }
            number++;
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            if (!isBlank(bytes, length)) {
              out.output(SourceLine.of(source, number, length == bytes.length ? bytes
                  : java.util.Arrays.copyOf(bytes, length)));
            }
            line.reset();
          } else if (line.size() <= MAX_LINE_BYTES) { // beyond the JSON limit, the parser refuses it anyway
            line.write(b);
          }
        }
      }
    }

    private static boolean isBlank(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        byte c = bytes[i];
        if (c != ' ' && c != '\t' && c != '\r') {
          return false;
        }
      }
      return true;
    }
  }
}
