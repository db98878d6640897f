package org.holdspace.benchmarks;

import java.util.concurrent.TimeUnit;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.session.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluation of small, typical and large sessions against one plain pass over the same events
 * (and, with {@code events} 10 to 10,000, the scaling of evaluation per event).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EvaluationBenchmark {
  @Param({"10", "60", "100", "1000", "10000"})
  int events;

  Session session;
  Evaluator evaluator;

  @Setup
  public void setUp() {
    session = Workloads.session(events, 42);
    evaluator = Evaluator.of(StandardRules.ruleSet());
  }

  @Benchmark
  public Assessment evaluate() {
    return evaluator.evaluate(session);
  }

  @Benchmark
  public void plainPass(Blackhole bh) {
    PlainPass.readEverything(session, bh);
  }
}
