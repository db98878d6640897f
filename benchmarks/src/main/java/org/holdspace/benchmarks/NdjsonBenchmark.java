package org.holdspace.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.json.NdjsonEvaluation;
import org.holdspace.json.NdjsonLine;
import org.holdspace.json.NdjsonReader;
import org.holdspace.json.NdjsonWriter;
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

/**
 * The NDJSON pipeline: read and evaluate a file of generated sessions, against a raw Jackson
 * streaming scan of the same bytes. One operation is the whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NdjsonBenchmark {
  @Param({"100000"})
  int sessions;

  byte[] file;
  HoldspaceJson json;
  Evaluator evaluator;
  JsonFactory factory;
  ObjectMapper plain;

  @Setup
  public void setUp() throws IOException {
    json = HoldspaceJson.standard();
    evaluator = Evaluator.of(StandardRules.ruleSet());
    factory = new JsonFactory();
    plain = new ObjectMapper().registerModule(new JavaTimeModule());
    SampleSessions sample = new SampleSessions(42);
    ByteArrayOutputStream out = new ByteArrayOutputStream(sessions * 2200);
    try (NdjsonWriter<Session> lines = json.writeSessions(out)) {
      for (int i = 0; i < sessions; i++) {
        lines.write(sample.next());
      }
    }
    file = out.toByteArray();
  }

  /** The file's size, for MB per second in the report. */
  public long bytes() {
    return file.length;
  }

  @Benchmark
  public long readAndEvaluate() throws IOException {
    long evaluated = 0;
    try (NdjsonReader<Session> lines = json.readSessions(new ByteArrayInputStream(file))) {
      while (lines.hasNext()) {
        NdjsonLine<Session> line = lines.next();
        if (line.isOk()) {
          evaluated += evaluator.evaluate(line.value().get()).rungs().size();
        }
      }
    }
    return evaluated;
  }

  /** The library's NDJSON evaluation on one thread: read, evaluate, write each assessment (to nowhere). */
  @Benchmark
  public long evaluateOneThread() throws IOException {
    return NdjsonEvaluation.of(json, evaluator).run(new ByteArrayInputStream(file), OutputStream.nullOutputStream(),
        IGNORE).assessed();
  }

  /** The same on two worker threads, results in input order. */
  @Benchmark
  public long evaluateTwoThreads() throws IOException {
    return NdjsonEvaluation.of(json, evaluator).withThreads(2)
        .run(new ByteArrayInputStream(file), OutputStream.nullOutputStream(), IGNORE).assessed();
  }

  private static final NdjsonEvaluation.Listener IGNORE = new NdjsonEvaluation.Listener() {
    @Override
    public void assessed(long line, Assessment assessment) {}

    @Override
    public void rejected(long line, HoldspaceJsonException problem) {}
  };

  /** A reference: plain databind of each line into records, with no validation and no evaluation. */
  @Benchmark
  public long readRecordsBaseline() throws IOException {
    long events = 0;
    int start = 0;
    for (int i = 0; i < file.length; i++) {
      if (file[i] == '\n') {
        events += plain.readValue(file, start, i - start, Records.Session.class).events().size();
        start = i + 1;
      }
    }
    return events;
  }

  @Benchmark
  public long rawScanBaseline() throws IOException {
    long tokens = 0;
    try (JsonParser p = factory.createParser(file)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
