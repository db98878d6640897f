package org.holdspace.fhir;

import ca.uhn.fhir.parser.IParser;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.fhir.HoldspaceFhirException.Problem;
import org.holdspace.internal.InOrder;
import org.holdspace.session.Session;

/**
 * Many sessions exported in FHIR Bulk Data's shape: one NDJSON file per resource type ({@code
 * Encounter.ndjson}, {@code Observation.ndjson}, ...), one resource per line, and on {@link
 * #close()} a {@code manifest.json} with the output files and their counts. Memory stays constant
 * whatever the number of sessions: each session's resources are written as soon as they are made.
 * References between a session's resources become {@code Type/id} (the ids are the Bundle's
 * deterministic uuids), since a bulk file has no Bundle to resolve {@code urn:uuid:} in.
 *
 * <pre>{@code
 * try (FhirBulkExport bulk = FhirBulkExport.open(fhir, path, Instant.parse("2026-03-31T00:00:00Z"),
 *     "https://ehr.example/fhir/$export")) {
 *   for (Session s : sessions) {
 *     bulk.add(fhir.export(s).with(evaluator.evaluate(s)));
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per export, called from one thread; {@link #addAll} makes and
 * encodes the sessions on worker threads of its own. A session the mapping refuses ({@link
 * HoldspaceFhirException}, {@code NOT_WRITABLE}) throws before any of its lines is written, so the
 * files stay whole and the export may go on.
 */
public final class FhirBulkExport implements Closeable {
  private final HoldspaceFhir fhir;
  private final Path directory;
  private final Instant transactionTime;
  private final String request;
  private final IParser parser;
  private final Map<String, BufferedWriter> writers = new TreeMap<>();
  private final Map<String, Long> counts = new TreeMap<>();
  private boolean closed;

  private FhirBulkExport(HoldspaceFhir fhir, Path directory, Instant transactionTime, String request) {
    this.fhir = fhir;
    this.directory = directory;
    this.transactionTime = transactionTime;
    this.request = request;
    this.parser = fhir.context().newJsonParser();
  }

  /**
   * Opens an export into {@code directory}, which is created if needed; files of the same names
   * in it are replaced.
   *
   * @param fhir the mapping (with the vendor codecs the sessions need)
   * @param directory where the NDJSON files and the manifest go
   * @param transactionTime the manifest's {@code transactionTime}: the time the data was current
   *     (the library reads no clock)
   * @param request the manifest's {@code request}: the URL of the export request this answers
   * @return the export, to {@link #add} sessions to and then {@link #close()}
   * @throws HoldspaceFhirException {@code IO_FAILURE} if the directory cannot be created
   */
  public static FhirBulkExport open(HoldspaceFhir fhir, Path directory, Instant transactionTime, String request) {
    Objects.requireNonNull(fhir, "fhir");
    Objects.requireNonNull(transactionTime, "transactionTime");
    Objects.requireNonNull(request, "request");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw ioFailure(e);
    }
    return new FhirBulkExport(fhir, directory, transactionTime, request);
  }

  /**
   * Writes a session's resources.
   *
   * @param session the session
   * @throws HoldspaceFhirException {@code NOT_WRITABLE} for a session the mapping refuses (nothing
   *     written), {@code IO_FAILURE} if a file cannot be written
   */
  public void add(Session session) {
    add(fhir.export(session));
  }

  /**
   * Writes the resources of an export (the session with its assessment, summary or note).
   *
   * @param export what to write for one session
   * @throws HoldspaceFhirException {@code NOT_WRITABLE} for a session the mapping refuses (nothing
   *     written), {@code IO_FAILURE} if a file cannot be written
   */
  public void add(SessionExport export) {
    if (closed) {
      throw new IllegalStateException("the export is closed");
    }
    write(encode(export, parser));
  }

  /**
   * Writes the exports of many sessions, made and encoded on {@code threads} worker threads and
   * written in input order, so the files are the same as {@link #add(SessionExport)} on each in
   * turn would write. The sessions are taken from {@code sessions} on the calling thread, in
   * batches; at most two batches per thread are in flight, so memory stays bounded.
   *
   * <pre>{@code
   * try (FhirBulkExport bulk = FhirBulkExport.open(fhir, path, Instant.parse("2026-03-31T00:00:00Z"),
   *     "https://ehr.example/fhir/$export")) {
   *   bulk.addAll(sessions, s -> fhir.export(s).with(evaluator.evaluate(s)), 2);
   * }
   * }</pre>
   *
   * @param sessions the sessions, in the order to write them
   * @param export what to write for a session; called on the worker threads, several at once, so
   *     it must be thread-safe ({@link HoldspaceFhir} and evaluators are)
   * @param threads worker threads, 1 or more (1: all on the calling thread)
   * @return the number of sessions written
   * @throws HoldspaceFhirException {@code NOT_WRITABLE} for the first session the mapping refuses,
   *     after every session before it was written and none after; {@code IO_FAILURE} if a file
   *     cannot be written. What {@code export} throws is rethrown, in the same way.
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public long addAll(Iterable<? extends Session> sessions, Function<? super Session, SessionExport> export,
      int threads) {
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(export, "export");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more");
    }
    if (closed) {
      throw new IllegalStateException("the export is closed");
    }
    Iterator<? extends Session> each = sessions.iterator();
    long[] written = new long[1];
    try {
      InOrder.run(threads, "holdspace-fhir-bulk-export", () -> nextBatch(each), batch -> {
        IParser workerParser = threads == 1 ? parser : fhir.context().newJsonParser(); // a parser is not thread-safe
        List<List<Line>> sessionsLines = new ArrayList<>(batch.size());
        for (Session s : batch) {
          try {
            sessionsLines.add(encode(Objects.requireNonNull(export.apply(s), "export returned null"), workerParser));
          } catch (RuntimeException e) {
            return new Encoded(sessionsLines, e); // rethrown in its turn, after the sessions before it are written
          }
        }
        return new Encoded(sessionsLines, null);
      }, encoded -> {
        for (List<Line> lines : encoded.sessions()) {
          write(lines);
          written[0]++;
        }
        if (encoded.failure() != null) {
          throw encoded.failure();
        }
        return false;
      });
    } catch (IOException e) {
      throw ioFailure(e);
    }
    return written[0];
  }

  private static final int BATCH = 32;

  /** One resource's line in its type's file. */
  private record Line(String type, String json) {}

  /** A batch's sessions as lines, up to the first that failed, and that failure if any. */
  private record Encoded(List<List<Line>> sessions, RuntimeException failure) {}

  private static List<Session> nextBatch(Iterator<? extends Session> each) {
    if (!each.hasNext()) {
      return null;
    }
    List<Session> batch = new ArrayList<>(BATCH);
    while (batch.size() < BATCH && each.hasNext()) {
      batch.add(Objects.requireNonNull(each.next(), "a session is null"));
    }
    return batch;
  }

  /**
   * One session's resources as lines, with the references between them made {@code Type/id}.
   * Throws before anything is written if the mapping refuses the session.
   */
  private static List<Line> encode(SessionExport export, IParser parser) {
    Bundle bundle = export.toBundle();
    Map<String, String> local = new HashMap<>();
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      Resource r = e.getResource();
      local.put(e.getFullUrl(), r.fhirType() + "/" + r.getIdElement().getIdPart());
    }
    List<Line> lines = new ArrayList<>(bundle.getEntry().size());
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      Resource r = e.getResource();
      lines.add(new Line(r.fhirType(), localReferences(parser.encodeResourceToString(r), local)));
    }
    return lines;
  }

  private static final String REFERENCE = "\"reference\":\"";

  /**
   * The encoded resource with each {@code Reference.reference} that names one of the session's
   * entries ({@code urn:uuid:...}) replaced by that entry's {@code Type/id}. Done on the JSON text:
   * the same lines as a walk over each resource's elements made (tested), without the walk, which
   * was about a sixth of the export's allocation.
   * {@code "reference":"} can only be a property name (inside a JSON string every quote is
   * escaped), and a value with an escape in it names no entry and stays as it is.
   */
  static String localReferences(String json, Map<String, String> local) {
    int at = json.indexOf(REFERENCE);
    if (at < 0) {
      return json;
    }
    StringBuilder out = new StringBuilder(json.length());
    int copied = 0;
    while (at >= 0) {
      int start = at + REFERENCE.length();
      int end = json.indexOf('"', start);
      if (end < 0) {
        break;
      }
      String to = local.get(json.substring(start, end));
      if (to != null) {
        out.append(json, copied, start).append(to);
        copied = end;
      }
      at = json.indexOf(REFERENCE, end);
    }
    return out.append(json, copied, json.length()).toString();
  }

  private void write(List<Line> lines) {
    try {
      for (Line line : lines) {
        BufferedWriter w = writer(line.type());
        w.write(line.json());
        w.write('\n');
        counts.merge(line.type(), 1L, Long::sum);
      }
    } catch (IOException e) {
      throw ioFailure(e);
    }
  }

  private BufferedWriter writer(String type) throws IOException {
    BufferedWriter w = writers.get(type);
    if (w == null) {
      w = Files.newBufferedWriter(directory.resolve(type + ".ndjson"), StandardCharsets.UTF_8);
      writers.put(type, w);
    }
    return w;
  }

  /** {@return the number of resources written so far, by resource type, in type order} */
  public Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  /** {@return the manifest file, written by {@link #close()}} */
  public Path manifest() {
    return directory.resolve("manifest.json");
  }

  /**
   * Closes the NDJSON files and writes {@code manifest.json}: {@code transactionTime}, {@code
   * request}, {@code requiresAccessToken} false, one {@code output} per file with its {@code type},
   * {@code url} (a {@code file:} URL) and {@code count}, and an empty {@code error}.
   *
   * @throws HoldspaceFhirException {@code IO_FAILURE} if a file cannot be closed or written
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    IOException failure = null;
    for (BufferedWriter w : writers.values()) {
      try {
        w.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw ioFailure(failure);
    }
    StringBuilder json = new StringBuilder("{\n  \"transactionTime\": ").append(quote(transactionTime.toString()))
        .append(",\n  \"request\": ").append(quote(request)).append(",\n  \"requiresAccessToken\": false,\n  \"output\": [");
    String sep = "\n";
    for (Map.Entry<String, Long> c : counts.entrySet()) {
      json.append(sep).append("    {\"type\": ").append(quote(c.getKey())).append(", \"url\": ")
          .append(quote(directory.resolve(c.getKey() + ".ndjson").toUri().toString())).append(", \"count\": ")
          .append(c.getValue()).append('}');
      sep = ",\n";
    }
    json.append("\n  ],\n  \"error\": []\n}\n");
    try {
      Files.writeString(manifest(), json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ioFailure(e);
    }
  }

  private static HoldspaceFhirException ioFailure(IOException e) {
    return new HoldspaceFhirException(Problem.IO_FAILURE, "bulk export", e.getClass().getSimpleName(), List.of(), e);
  }

  /** A JSON string literal. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  @Override
  public String toString() {
    return "FhirBulkExport{resources=" + counts + ", closed=" + closed + "}";
  }
}
