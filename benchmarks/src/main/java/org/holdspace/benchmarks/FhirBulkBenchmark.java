package org.holdspace.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.fhir.FhirBulkExport;
import org.holdspace.fhir.HoldspaceFhir;
import org.holdspace.scenario.SampleSessions;
import org.holdspace.session.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * FHIR bulk export at payer scale: the sample's realistic sessions, each evaluated and written
 * with its assessment as Bulk Data NDJSON files on disk ({@link FhirBulkExport}), on one thread and
 * on two ({@link FhirBulkExport#addAll}, in input order). One operation is the whole set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FhirBulkBenchmark {
  private static final Instant WHEN = Instant.parse("2026-03-31T00:00:00Z");

  @Param({"2000"})
  int sessions;

  List<Session> sample;
  HoldspaceFhir fhir;
  Evaluator evaluator;
  Path dir;

  @Setup
  public void setUp() throws IOException {
    fhir = HoldspaceFhir.standard();
    evaluator = Evaluator.of(StandardRules.ruleSet());
    SampleSessions generator = new SampleSessions(42);
    sample = new ArrayList<>(sessions);
    for (int i = 0; i < sessions; i++) {
      sample.add(generator.next());
    }
    dir = Files.createTempDirectory("holdspace-bulk");
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  private long export(int threads) {
    try (FhirBulkExport bulk = FhirBulkExport.open(fhir, dir, WHEN, "https://ehr.example/fhir/$export")) {
      return bulk.addAll(sample, s -> fhir.export(s).with(evaluator.evaluate(s)), threads);
    }
  }

  /** Evaluate and export every session, on the calling thread. */
  @Benchmark
  public long exportOneThread() {
    return export(1);
  }

  /** The same on two worker threads, written in input order. */
  @Benchmark
  public long exportTwoThreads() {
    return export(2);
  }
}
