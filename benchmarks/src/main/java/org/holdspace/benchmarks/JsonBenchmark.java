package org.holdspace.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;
import org.holdspace.session.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JSON read and write of a typical session (60 events) by Holdspace's module, against plain
 * Jackson databind of the same document into equivalent records, and a streaming scan of its
 * tokens.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonBenchmark {
  HoldspaceJson json;
  ObjectMapper plain;
  JsonFactory factory;
  Session session;
  byte[] document;
  Records.Session record;

  @Setup
  public void setUp() throws IOException {
    json = HoldspaceJson.standard();
    plain = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    factory = new JsonFactory();
    session = Workloads.session(Workloads.TYPICAL_EVENTS, 42);
    document = json.writeSession(session);
    record = plain.readValue(document, Records.Session.class);
  }

  @Benchmark
  public Session readHoldspace() throws IOException {
    return json.readSession(document);
  }

  @Benchmark
  public Records.Session readRecordsBaseline() throws IOException {
    return plain.readValue(document, Records.Session.class);
  }

  @Benchmark
  public int readTokensBaseline() throws IOException {
    int tokens = 0;
    try (JsonParser p = factory.createParser(document)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  @Benchmark
  public byte[] writeHoldspace() throws HoldspaceJsonException {
    return json.writeSession(session);
  }

  @Benchmark
  public byte[] writeRecordsBaseline() throws IOException {
    return plain.writeValueAsBytes(record);
  }
}
