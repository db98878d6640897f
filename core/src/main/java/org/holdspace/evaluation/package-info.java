/**
 * Evaluation: an {@link org.holdspace.evaluation.Evaluator} runs a {@link org.holdspace.evaluation.RuleSet} of {@link org.holdspace.evaluation.Rule}s over the {@link org.holdspace.evaluation.SessionFacts} of a session and returns an {@link org.holdspace.evaluation.Assessment}: the rungs of the value ladder evidenced, the incident if any, findings with their evidence, the goal outcome beside them. Evaluators are pure: no clock, no I/O, no shared mutable state.
 *
 * <p>Entry points: {@link org.holdspace.evaluation.Evaluator#of(RuleSet)}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.evaluation;
