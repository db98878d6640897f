package org.holdspace.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.holdspace.fhir.HoldspaceFhir;
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
 * The FHIR export of a typical session (60 events): the Bundle and its FHIR JSON, against
 * Holdspace's own JSON write of the same session in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FhirBenchmark {
  HoldspaceFhir fhir;
  HoldspaceJson json;
  Session session;

  @Setup
  public void setUp() {
    fhir = HoldspaceFhir.standard();
    json = HoldspaceJson.standard();
    session = Workloads.session(Workloads.TYPICAL_EVENTS, 42);
  }

  @Benchmark
  public byte[] exportFhirJson() {
    return fhir.toJson(fhir.toBundle(session)).getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public byte[] writeHoldspaceJsonBaseline() throws HoldspaceJsonException {
    return json.writeSession(session);
  }
}
