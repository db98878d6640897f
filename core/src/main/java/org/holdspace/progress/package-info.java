/**
 * Readiness-based progress across one child's sessions: {@link org.holdspace.progress.Progress#of} gives a {@link org.holdspace.progress.ProgressReport} (time to regulate, share regulated, readiness, and the support profile by the child's state at each offer).
 *
 * <p>Entry points: {@link org.holdspace.progress.Progress#of(java.util.List)}; for an engine that
 * measures each session where it is read and meets a child's sessions elsewhere, {@link
 * org.holdspace.progress.ProgressInput#of} and {@link org.holdspace.progress.Progress#from}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.progress;
