/**
 * Goals and goal work: {@link org.holdspace.goal.Goal} (FHIR lifecycle and achievement statuses, one to one; a GAS baseline and weight), {@link org.holdspace.goal.GoalAttempt}, and Goal Attainment Scaling ({@link org.holdspace.goal.GasRating}, {@link org.holdspace.goal.GoalAttainmentScale}).
 *
 * <p>Entry points: {@link org.holdspace.goal.Goal#builder()}, {@link org.holdspace.goal.GoalAttempt#builder()}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.goal;
