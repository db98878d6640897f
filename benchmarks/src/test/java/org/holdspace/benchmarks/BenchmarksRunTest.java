package org.holdspace.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each benchmark's set-up and each benchmark method run once, on small inputs, so that a change to
 * the format or the model that breaks a benchmark (or its baseline) fails the build instead of
 * showing up as NaN in the next measured run. Nothing here is timed.
 */
class BenchmarksRunTest {
  private static final Blackhole HOLE = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void evaluationBenchmarksRun() {
    EvaluationBenchmark b = new EvaluationBenchmark();
    b.events = 60;
    b.setUp();
    assertThat(b.evaluate().sessionId()).isEqualTo(b.session.id());
    b.plainPass(HOLE);
  }

  @Test
  void theReadFindingsBenchmarkReadsTheFindingsOfTheEvaluation() {
    ReadFindingsBenchmark b = new ReadFindingsBenchmark();
    b.setUp();
    assertThat(b.evaluateAndReadFindings()).isEqualTo(b.evaluator.evaluate(b.session).findings()).isNotEmpty();
  }

  @Test
  void jsonBenchmarksRunAndTheBaselineReadsTheWholeDocument() throws Exception {
    JsonBenchmark b = new JsonBenchmark();
    b.setUp();
    assertThat(b.readHoldspace()).isEqualTo(b.session);
    assertThat(b.readRecordsBaseline().events()).hasSize(b.session.events().size());
    assertThat(b.readTokensBaseline()).isPositive();
    assertThat(b.writeHoldspace()).isEqualTo(b.document);
    assertThat(b.writeRecordsBaseline()).isNotEmpty();
  }

  @Test
  void fhirBenchmarksRunAndTheExportReadsBack() throws Exception {
    FhirBenchmark b = new FhirBenchmark();
    b.setUp();
    assertThat(b.fhir.readSession(new String(b.exportFhirJson(), java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(b.session);
    assertThat(b.writeHoldspaceJsonBaseline()).isNotEmpty();
  }

  @Test
  void ndjsonBenchmarksRun() throws Exception {
    NdjsonBenchmark b = new NdjsonBenchmark();
    b.sessions = 50;
    b.setUp();
    assertThat(b.readAndEvaluate()).isPositive();
    assertThat(b.evaluateOneThread()).isEqualTo(50);
    assertThat(b.evaluateTwoThreads()).isEqualTo(50);
    assertThat(b.readRecordsBaseline()).isPositive();
    assertThat(b.rawScanBaseline()).isPositive();
  }

  @Test
  void theAllocationBreakdownNamesEveryRule() {
    String table = AllocationBreakdown.table(100);
    assertThat(table).contains("| the whole evaluation |", "| gathering the facts", "| the rest: assembling");
    for (org.holdspace.evaluation.Rule rule : org.holdspace.evaluation.rules.StandardRules.ruleSet().rules()) {
      assertThat(table).contains("| rule " + rule.id() + " (");
    }
  }
}
