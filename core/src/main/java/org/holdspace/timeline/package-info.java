/**
 * The timeline: {@link org.holdspace.timeline.SessionEvent} (the interface every event implements), {@link org.holdspace.timeline.Interval}, {@link org.holdspace.timeline.EventConstraints}, and {@link org.holdspace.timeline.Overlaps}, the overlap queries a rule needs.
 *
 * <p>Entry points: {@link org.holdspace.timeline.Interval#of(java.time.Instant, java.time.Duration)}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.timeline;
