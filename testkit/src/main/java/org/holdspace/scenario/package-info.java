/**
 * The public scenarios of Holdspace's domain description (A to F, Q to U) as ready-made sessions, and seeded sample sessions for demos and benchmarks; in the test kit ({@code holdspace-testkit}), never in core's jar.
 *
 * <p>Entry points: {@link org.holdspace.scenario.PublicScenario#session()}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.scenario;
