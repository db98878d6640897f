package org.holdspace.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes newline-delimited JSON: each session or assessment as one document on one line. Not
 * thread-safe; close it to flush and close the stream.
 *
 * <pre>{@code
 * try (NdjsonWriter out = HoldspaceJson.standard().writeLines(Files.newOutputStream(path))) {
 *   for (Session s : sessions) {
 *     out.write(s);
 *   }
 * }
 * }</pre>
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final OutputStream out;
  private final ObjectMapper mapper;
  private long lines;

  NdjsonWriter(OutputStream out, ObjectMapper mapper) {
    this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 65536);
    this.mapper = mapper;
  }

  /** Writes {@code sessionOrAssessment} as one line. */
  public void write(Object sessionOrAssessment) throws IOException {
    out.write(mapper.writeValueAsBytes(sessionOrAssessment));
    out.write('\n');
    lines++;
  }

  /** The number of lines written. */
  public long linesWritten() {
    return lines;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
