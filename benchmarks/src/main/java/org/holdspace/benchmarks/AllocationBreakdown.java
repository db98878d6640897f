package org.holdspace.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Supplier;
import org.holdspace.evaluation.ClientHistory;
import org.holdspace.evaluation.EvaluationConfig;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.Rule;
import org.holdspace.evaluation.RuleSet;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.session.Session;

/**
 * Where the bytes of one typical evaluation go: the whole evaluation, gathering the facts, each
 * rule of the standard set over those facts, and the rest (assembling the assessment). Counted
 * with the JVM's per-thread allocation counter after a warm-up, so the figures are exact for this
 * JVM (escape analysis included), not sampled. A rule's share is an evaluation with that rule
 * alone less one with no rule; the rules' shares need not add up to the rules' total exactly
 * (the buffers of findings grow in steps). Prints a Markdown table; {@code benchmarks/run.sh}
 * writes it to {@code target/benchmarks/allocation.md}.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.holdspace.benchmarks.AllocationBreakdown [rounds]}
 */
public final class AllocationBreakdown {
  private AllocationBreakdown() {}

  /**
   * Prints the table.
   *
   * @param args optionally the number of measured rounds (default 200,000; as many again warm up)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    System.out.print(table(rounds));
  }

  /** The table, each figure the mean over {@code rounds} calls after as many to warm up. */
  static String table(int rounds) {
    Session session = Workloads.session(Workloads.TYPICAL_EVENTS, 42);
    RuleSet ruleSet = StandardRules.ruleSet();
    Evaluator evaluator = Evaluator.of(ruleSet);
    EvaluationConfig config = EvaluationConfig.defaults();
    SessionFacts facts = SessionFacts.of(session, config, ClientHistory.none());
    StringBuilder out = new StringBuilder("| part of one evaluation (" + session.events().size()
        + " events) | bytes |\n|---|---|\n");
    long total = bytesPerCall(rounds, () -> evaluator.evaluate(session));
    long gathering = bytesPerCall(rounds, () -> SessionFacts.of(session, config, ClientHistory.none()));
    // a rule's share: an evaluation with that rule alone less one with no rule, so each rule is
    // measured as the evaluator calls it (into the evaluation's one buffer of findings)
    Evaluator noRules = Evaluator.of(RuleSet.of("none", "1", List.of()));
    long withoutRules = bytesPerCall(rounds, () -> noRules.evaluate(session));
    StringBuilder perRule = new StringBuilder();
    for (Rule rule : ruleSet.rules()) {
      Evaluator alone = Evaluator.of(RuleSet.of("alone", "1", List.of(rule)));
      long bytes = bytesPerCall(rounds, () -> alone.evaluate(session)) - withoutRules;
      int findings = rule.evaluate(facts).size();
      perRule.append("| rule ").append(rule.id()).append(" (").append(findings)
          .append(findings == 1 ? " finding) | " : " findings) | ").append(String.format("%,d", bytes)).append(" |\n");
    }
    out.append("| the whole evaluation | ").append(String.format("%,d", total)).append(" |\n");
    out.append("| gathering the facts (`SessionFacts.of`) | ").append(String.format("%,d", gathering)).append(" |\n");
    out.append("| the rules, together (the whole less an evaluation with no rules) | ")
        .append(String.format("%,d", total - withoutRules)).append(" |\n");
    out.append(perRule);
    out.append("| the rest: assembling the assessment (an evaluation with no rules less the facts) | ")
        .append(String.format("%,d", withoutRules - gathering)).append(" |\n");
    return out.toString();
  }

  private static long bytesPerCall(int rounds, Supplier<Object> call) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int i = 0; i < rounds; i++) {
      sink += System.identityHashCode(call.get()) & 1;
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < rounds; i++) {
      sink += System.identityHashCode(call.get()) & 1;
    }
    long bytes = threads.getCurrentThreadAllocatedBytes() - before;
    if (sink < 0) {
      throw new AssertionError(); // keeps the calls from being optimised away
    }
    return Math.round(bytes / (double) rounds);
  }
}
