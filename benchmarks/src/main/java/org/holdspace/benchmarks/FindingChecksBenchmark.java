package org.holdspace.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.FindingKind;
import org.holdspace.evaluation.Rule;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.rules.StandardRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The findings of a typical evaluation made again through {@code Finding}'s factories, each of
 * which checks its rule id and key: what the id-validity cache ({@code ValidIds}) serves, measured
 * on its own (run against a build with the cache and one without, in the same session, to see
 * what it saves).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FindingChecksBenchmark {
  private final List<Rule> rules = new ArrayList<>();
  private List<Finding> findings;

  @Setup
  public void setUp() {
    Assessment a = Evaluator.of(StandardRules.ruleSet()).evaluate(Workloads.session(Workloads.TYPICAL_EVENTS, 42));
    findings = a.findings();
    for (Finding f : findings) {
      rules.add(new Rule() {
        @Override
        public String id() {
          return f.ruleId();
        }

        @Override
        public int version() {
          return f.ruleVersion();
        }

        @Override
        public List<Finding> evaluate(SessionFacts facts) {
          return List.of();
        }
      });
    }
  }

  @Benchmark
  public void makeTheFindingsOfATypicalEvaluation(Blackhole bh) {
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Rule rule = rules.get(i);
      bh.consume(f.kind() == FindingKind.RUNG ? Finding.rung(rule, f.rung().get(), f.key(), f.evidence())
          : Finding.context(rule, f.key(), f.evidence()));
    }
  }
}
