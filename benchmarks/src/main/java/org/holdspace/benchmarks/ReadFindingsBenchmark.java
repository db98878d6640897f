package org.holdspace.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.session.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A typical evaluation whose findings are then read: an evaluated assessment makes its {@code
 * Finding} objects when they are first asked for, so {@code EvaluationBenchmark.evaluate} does not
 * count them; this does, for the README to show both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadFindingsBenchmark {
  Session session;
  Evaluator evaluator;

  @Setup
  public void setUp() {
    session = Workloads.session(Workloads.TYPICAL_EVENTS, 42);
    evaluator = Evaluator.of(StandardRules.ruleSet());
  }

  @Benchmark
  public List<Finding> evaluateAndReadFindings() {
    return evaluator.evaluate(session).findings();
  }
}
