package org.holdspace.evaluation.internal;

/**
 * A rule that can put its findings into the evaluation's {@link FindingBuffer} instead of
 * returning a list: the standard rules. The evaluator calls this instead of {@code
 * Rule.evaluate(SessionFacts)} when a rule offers it; what is found is the same either way.
 *
 * @param <T> what the rule reads: the session's facts
 * @param <F> the finding type
 */
public interface BufferedRule<T, F> extends FindingBuffer.Source<F> {

  /**
   * What this rule finds in a session, put into {@code into}.
   *
   * @param facts the session's facts
   * @param into where to put the findings; nothing is pending in it when called, and nothing may
   *     be pending when this returns
   */
  void evaluate(T facts, FindingBuffer<F> into);
}
