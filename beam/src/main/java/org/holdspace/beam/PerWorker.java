package org.holdspace.beam;

import java.io.Serializable;

/**
 * How a worker makes its own instance of something that is not serializable (an {@code
 * Evaluator}, a {@code HoldspaceJson} with a vendor's codecs): the pipeline ships this recipe, and
 * each worker calls {@link #create()} once, in a {@code DoFn}'s {@code @Setup} or a coder's first
 * use, then shares the instance (the library's evaluators and readers are immutable and
 * thread-safe).
 *
 * <pre>{@code
 * PerWorker<Evaluator> evaluator = () -> Evaluator.of(StandardRules.ruleSet().with(myRule));
 * }</pre>
 *
 * <p>A recipe that a coder holds ({@code SessionCoder.of(recipe)}) should have value equality (an
 * enum constant, or a class with {@code equals}), not be a lambda: Beam checks that a coder is
 * equal to itself after Java serialization, and a deserialized lambda is a new object.
 *
 * @param <T> what it makes
 */
@FunctionalInterface
public interface PerWorker<T> extends Serializable {
  /**
   * {@return a new instance}
   */
  T create();
}
