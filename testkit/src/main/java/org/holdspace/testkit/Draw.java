package org.holdspace.testkit;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Imperative access to one QuickTheories randomness source, so that generators of whole sessions
 * read as plain code and still shrink (QuickTheories shrinks the source, not the value).
 */
public final class Draw {
  private final RandomnessSource in;

  private Draw(RandomnessSource in) {
    this.in = in;
  }

  /**
   * A generator written as code over a {@link Draw}.
   *
   * @param <T> what it generates
   * @param body the code that draws a value
   * @return the generator
   */
  public static <T> Gen<T> gen(java.util.function.Function<Draw, T> body) {
    return in -> body.apply(new Draw(in));
  }

  /**
   * A value of {@code gen}, drawn from the same source.
   *
   * @param <T> what it generates
   * @param gen a generator
   * @return the value
   */
  public <T> T from(Gen<T> gen) {
    return gen.generate(in);
  }

  /**
   * An int in {@code [min, max]}, shrinking toward {@code min}.
   *
   * @param min the least
   * @param max the most
   * @return the int
   */
  public int between(int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  /**
   * A long in {@code [min, max]}, shrinking toward {@code min}.
   *
   * @param min the least
   * @param max the most
   * @return the long
   */
  public long between(long min, long max) {
    return Generate.longRange(min, max).generate(in);
  }

  /**
   * True with about the given percentage.
   *
   * @param percent 0 to 100
   * @return whether it came true
   */
  public boolean chance(int percent) {
    return between(0, 99) < percent;
  }

  /**
   * One of {@code options}, shrinking toward the first.
   *
   * @param <T> the options' type
   * @param options what to pick from, not empty
   * @return the one picked
   */
  public <T> T pick(List<T> options) {
    return options.get(between(0, options.size() - 1));
  }

  /**
   * One of {@code options}, shrinking toward the first.
   *
   * @param <T> the options' type
   * @param options what to pick from, not empty
   * @return the one picked
   */
  @SafeVarargs
  public final <T> T pick(T... options) {
    return options[between(0, options.length - 1)];
  }
}
