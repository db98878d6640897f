package org.holdspace.json;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes newline-delimited JSON: each session (or each assessment) as one document on one line.
 * Made by {@link HoldspaceJson#writeSessions} and {@link HoldspaceJson#writeAssessments}, the
 * pairs of {@link HoldspaceJson#readSessions} and {@link HoldspaceJson#readAssessments}. Not
 * thread-safe; close it to flush and close the stream.
 *
 * <pre>{@code
 * try (NdjsonWriter<Session> out = HoldspaceJson.standard().writeSessions(Files.newOutputStream(path))) {
 *   for (Session s : sessions) {
 *     out.write(s);
 *   }
 * }
 * }</pre>
 */
public final class NdjsonWriter<T> implements Closeable, Flushable {
  private final OutputStream out;
  private final HoldspaceJson json;
  private long lines;

  NdjsonWriter(OutputStream out, HoldspaceJson json) {
    this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 65536);
    this.json = json;
  }

  /**
   * Writes {@code value} as one line.
   *
   * @param value a session or an assessment, as the writer was made for
   * @throws IOException if the stream fails, or the value cannot be written (an unregistered vendor
   *     type, say)
   */
  public void write(T value) throws IOException {
    out.write(json.write(value)); // refused, as one document is, when a reader could not read the line
    out.write('\n');
    lines++;
  }

  /** @return the number of lines written */
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
