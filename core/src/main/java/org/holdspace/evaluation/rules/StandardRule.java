package org.holdspace.evaluation.rules;

import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rule;
import org.holdspace.evaluation.Rung;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.internal.BufferedRule;
import org.holdspace.evaluation.internal.FindingBuffer;

/**
 * What every standard rule shares: its id and version, and both ways of being called. The
 * evaluator passes one {@link FindingBuffer} to every standard rule of an evaluation, so a
 * finding's evidence is a run of one array of ids and no rule returns a list of its own; called
 * on its own, a rule fills a buffer of its own and returns its findings. Either way the findings
 * are made here ({@link #make}), when first read.
 */
abstract class StandardRule implements Rule, BufferedRule<SessionFacts, Finding> {
  private static final Rung[] RUNGS = Rung.values();

  private final String id;
  private final int version;

  StandardRule(String id, int version) {
    this.id = id;
    this.version = version;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final int version() {
    return version;
  }

  @Override
  public final List<Finding> evaluate(SessionFacts facts) {
    FindingBuffer<Finding> into = new FindingBuffer<>();
    evaluate(facts, into);
    return into.findings();
  }

  @Override
  public final Finding make(int kind, int rung, String key, List<String> evidence) {
    switch (kind) {
      case FindingBuffer.RUNG:
        return Finding.rung(this, RUNGS[rung], key, evidence);
      case FindingBuffer.INCIDENT:
        return Finding.incident(this, key, evidence);
      case FindingBuffer.REFLECTION:
        return Finding.reflection(this, key, evidence);
      default:
        return Finding.context(this, key, evidence);
    }
  }

  @Override
  public final String toString() {
    return id + " v" + version;
  }
}
