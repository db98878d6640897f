/**
 * Open, coded concepts: a {@link org.holdspace.code.Code} is a code system, a code and an optional display text, in the manner of a FHIR {@code Coding}. The library ships its own code systems as constants (the {@code *Codes} classes of each package); vendors use theirs without forking.
 *
 * <p>Entry points: {@link org.holdspace.code.Code#of(String, String, String)}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.code;
