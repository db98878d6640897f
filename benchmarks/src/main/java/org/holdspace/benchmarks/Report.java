package org.holdspace.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns JMH's JSON results into the README's table of ratios against the baselines measured in
 * the same run, each target marked met or missed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.holdspace.benchmarks.Report target/benchmarks/jmh.json
 * </pre>
 */
public final class Report {
  private final JsonNode results;

  private Report(JsonNode results) {
    this.results = results;
  }

  /** Prints the markdown table for the results file named in {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Path.of(args.length > 0 ? args[0] : "target/benchmarks/jmh.json").toFile());
    System.out.print(new Report(results).markdown());
  }

  private JsonNode find(String benchmark, String param, String value) {
    for (JsonNode r : results) {
      if (r.get("benchmark").textValue().endsWith(benchmark)
          && (param == null || value.equals(r.path("params").path(param).asText()))) {
        return r;
      }
    }
    return null;
  }

  private double score(String benchmark, String param, String value) {
    JsonNode r = find(benchmark, param, value);
    return r == null ? Double.NaN : r.get("primaryMetric").get("score").asDouble();
  }

  private double allocation(String benchmark, String param, String value) {
    JsonNode r = find(benchmark, param, value);
    if (r == null) {
      return Double.NaN;
    }
    JsonNode gc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
    if (gc.isMissingNode()) {
      gc = r.path("secondaryMetrics").path("\u00b7gc.alloc.rate.norm");
    }
    return gc.isMissingNode() ? Double.NaN : gc.get("score").asDouble();
  }

  String markdown() throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("| measure | Holdspace | baseline (same run) | ratio | target | verdict |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (String events : new String[] {"10", "60", "1000"}) {
      double eval = score("EvaluationBenchmark.evaluate", "events", events);
      double plain = score("EvaluationBenchmark.plainPass", "events", events);
      boolean typical = events.equals("60");
      row(md, "evaluate, " + events + " events", ns(eval), "plain pass " + ns(plain), eval / plain,
          typical ? "within 3x" : "(reported)", typical ? verdict(eval / plain <= 3) : "");
    }
    double alloc = allocation("EvaluationBenchmark.evaluate", "events", "60");
    md.append(String.format(Locale.ROOT, "| allocation per typical evaluation | %,.0f B | | | under 4,096 B | %s |\n",
        alloc, verdict(alloc < 4096)));
    double readFindings = score("ReadFindingsBenchmark.evaluateAndReadFindings", null, null);
    double readAlloc = allocation("ReadFindingsBenchmark.evaluateAndReadFindings", null, null);
    if (!Double.isNaN(readFindings)) {
      double plain = score("EvaluationBenchmark.plainPass", "events", "60");
      md.append(String.format(Locale.ROOT,
          "| typical evaluation, then every finding read (made on first read) | %s, %,.0f B | plain pass %s | %.2fx "
              + "| (reported) | |\n", ns(readFindings), readAlloc, ns(plain), readFindings / plain));
    }
    double min = Double.MAX_VALUE;
    double max = 0;
    StringBuilder perEvent = new StringBuilder();
    for (String events : new String[] {"10", "100", "1000", "10000"}) {
      double per = score("EvaluationBenchmark.evaluate", "events", events) / Double.parseDouble(events);
      min = Math.min(min, per);
      max = Math.max(max, per);
      perEvent.append(perEvent.length() == 0 ? "" : ", ").append(events).append(": ").append(ns(per));
    }
    row(md, "evaluation per event (" + perEvent + ")", "", "", max / min, "max/min within 1.5x",
        verdict(max / min <= 1.5));
    double read = score("JsonBenchmark.readHoldspace", null, null);
    double readRecords = score("JsonBenchmark.readRecordsBaseline", null, null);
    double tokens = score("JsonBenchmark.readTokensBaseline", null, null);
    row(md, "JSON read, typical session", ns(read), "databind into records " + ns(readRecords), read / readRecords,
        "0.7x or less", verdict(read / readRecords <= 0.7));
    row(md, "JSON read vs token scan", ns(read), "streaming scan " + ns(tokens), read / tokens, "within 4x",
        verdict(read / tokens <= 4));
    double write = score("JsonBenchmark.writeHoldspace", null, null);
    double writeRecords = score("JsonBenchmark.writeRecordsBaseline", null, null);
    row(md, "JSON write, typical session", ns(write), "databind from records " + ns(writeRecords),
        write / writeRecords, "0.8x or less", verdict(write / writeRecords <= 0.8));
    JsonNode fhirExport = find("FhirBenchmark.exportFhirJson", null, null);
    if (fhirExport != null) {
      double fhir = fhirExport.get("primaryMetric").get("score").asDouble();
      double holdspace = score("FhirBenchmark.writeHoldspaceJsonBaseline", null, null);
      row(md, "FHIR export (Bundle and its JSON), typical session", ns(fhir), "Holdspace JSON write " + ns(holdspace),
          fhir / holdspace, "(reported)", "");
    }
    JsonNode bulkOne = find("FhirBulkBenchmark.exportOneThread", null, null);
    if (bulkOne != null) {
      int sessions = bulkOne.path("params").path("sessions").asInt();
      double oneMs = bulkOne.get("primaryMetric").get("score").asDouble();
      double perSecond = sessions / (oneMs / 1000);
      md.append(String.format(Locale.ROOT,
          "| FHIR bulk export with evaluation, %,d sample sessions, one thread | %,.0f sessions/s | | | 5,000 sessions/s "
              + "or more | %s |\n", sessions, perSecond, verdict(perSecond >= 5000)));
      JsonNode bulkTwo = find("FhirBulkBenchmark.exportTwoThreads", null, null);
      if (bulkTwo != null) {
        double twoMs = bulkTwo.get("primaryMetric").get("score").asDouble();
        md.append(String.format(Locale.ROOT,
            "| FHIR bulk export with evaluation on 2 threads, in input order | %,.0f sessions/s | 1 thread %,.0f sessions/s "
                + "| %.2fx the one-thread throughput | 1.7x or more | %s |\n",
            sessions / (twoMs / 1000), perSecond, oneMs / twoMs, verdict(oneMs / twoMs >= 1.7)));
      }
    }
    JsonNode pipeline = find("NdjsonBenchmark.readAndEvaluate", null, null);
    if (pipeline != null) {
      int sessions = pipeline.path("params").path("sessions").asInt();
      double ms = pipeline.get("primaryMetric").get("score").asDouble();
      double rawMs = score("NdjsonBenchmark.rawScanBaseline", null, null);
      NdjsonBenchmark file = new NdjsonBenchmark();
      file.sessions = sessions;
      file.setUp();
      double mb = file.bytes() / 1e6;
      double share = rawMs / ms;
      double recordsMs = score("NdjsonBenchmark.readRecordsBaseline", null, null);
      md.append(String.format(Locale.ROOT,
          "| NDJSON read and evaluate, %,d sessions (%.0f MB) | %,.0f sessions/s, %.1f MB/s | raw scan %.1f MB/s "
              + "| %.0f%% of the scan's throughput | 20%% or more | %s |\n",
          sessions, mb, sessions / (ms / 1000), mb / (ms / 1000), mb / (rawMs / 1000), share * 100,
          verdict(share >= 0.2)));
      JsonNode two = find("NdjsonBenchmark.evaluateTwoThreads", null, null);
      if (two != null) {
        double oneMs = score("NdjsonBenchmark.evaluateOneThread", null, null);
        double twoMs = two.get("primaryMetric").get("score").asDouble();
        md.append(String.format(Locale.ROOT,
            "| NDJSON evaluation (read, evaluate, write) on 2 threads, in input order | %,.0f sessions/s "
                + "| 1 thread %,.0f sessions/s | %.2fx the one-thread throughput | 1.7x or more | %s |\n",
            sessions / (twoMs / 1000), sessions / (oneMs / 1000), oneMs / twoMs, verdict(oneMs / twoMs >= 1.7)));
      }
      md.append(String.format(Locale.ROOT,
          "| reference: databind of each line into records, no validation, no evaluation | %,.0f sessions/s, %.1f MB/s "
              + "| raw scan %.1f MB/s | %.0f%% of the scan's throughput | (reported) | |\n",
          sessions / (recordsMs / 1000), mb / (recordsMs / 1000), mb / (rawMs / 1000), rawMs / recordsMs * 100));
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String what, String ours, String baseline, double ratio, String target,
      String verdict) {
    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2fx | %s | %s |\n", what, ours, baseline, ratio, target,
        verdict));
  }

  private static String ns(double nanos) {
    if (nanos >= 1e6) {
      return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
    if (nanos >= 1e3) {
      return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f ns", nanos);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "missed";
  }
}
