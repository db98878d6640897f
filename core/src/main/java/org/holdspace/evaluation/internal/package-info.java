/**
 * Internal to Holdspace's evaluation: the working parts that the evaluator and the standard rules
 * share (the buffer of findings the rules fill, the rules' way of filling it, and the encoded
 * optional parts of the library's events read without an {@code Optional}). It sits below {@code
 * org.holdspace.evaluation}: it knows the event kinds but no type of the evaluation itself, so the
 * evaluation imports it and never the other way. Not exported; not API: anything here may change
 * in any release.
 *
 * <p>Null policy: null in, {@code NullPointerException}. Thread safety: a {@link
 * org.holdspace.evaluation.internal.FindingBuffer} is filled by one thread, then only read.
 */
package org.holdspace.evaluation.internal;
