package org.holdspace.testkit;

import org.quicktheories.QuickTheory;

/**
 * The project's entry to QuickTheories: each property names its usual example count, and
 * {@code -DQT_EXAMPLES=n} overrides it for a longer run; {@code -DQT_SEED=s} replays a failure.
 */
public final class Theories {
  private Theories() {}

  /**
   * QuickTheories with {@code examples} examples, unless {@code QT_EXAMPLES} says otherwise.
   *
   * @param examples how many examples by default
   * @return the theory
   */
  public static QuickTheory qt(int examples) {
    return QuickTheory.qt().withExamples(Integer.getInteger("QT_EXAMPLES", examples));
  }
}
