/**
 * The therapy session: {@link org.holdspace.session.Session} (opaque ids, discipline, times, status and end reason, goals, the timeline), its {@link org.holdspace.session.SessionConstraints}, clinician notes, and the code systems for disciplines, settings and end reasons.
 *
 * <p>Entry points: {@link org.holdspace.session.Session#builder()}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.session;
