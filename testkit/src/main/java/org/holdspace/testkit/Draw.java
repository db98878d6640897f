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

  /** A generator written as code over a {@link Draw}. */
  public static <T> Gen<T> gen(java.util.function.Function<Draw, T> body) {
    return in -> body.apply(new Draw(in));
  }

  /** A value of {@code gen}, drawn from the same source. */
  public <T> T from(Gen<T> gen) {
    return gen.generate(in);
  }

  /** An int in {@code [min, max]}, shrinking toward {@code min}. */
  public int between(int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  /** A long in {@code [min, max]}, shrinking toward {@code min}. */
  public long between(long min, long max) {
    return Generate.longRange(min, max).generate(in);
  }

  /** True with about the given percentage. */
  public boolean chance(int percent) {
    return between(0, 99) < percent;
  }

  /** One of {@code options}, shrinking toward the first. */
  public <T> T pick(List<T> options) {
    return options.get(between(0, options.size() - 1));
  }

  /** One of {@code options}, shrinking toward the first. */
  @SafeVarargs
  public final <T> T pick(T... options) {
    return options[between(0, options.length - 1)];
  }
}
