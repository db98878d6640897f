/**
 * What a session asks of the child and what surrounds it: {@link org.holdspace.demand.Activity} with its {@link org.holdspace.demand.DemandLevel}, and {@link org.holdspace.demand.EnvironmentFactor} (noise, light, crowding, novelty, transitions).
 *
 * <p>Entry points: {@link org.holdspace.demand.Activity#builder()}, {@link org.holdspace.demand.EnvironmentFactor#builder()}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.demand;
