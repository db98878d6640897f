/**
 * Validation: every violation of a value at once, in one {@link org.holdspace.validation.ValidationException} with machine-readable codes and paths and no health data; {@link org.holdspace.validation.Violations} collects them, for the library's types and vendors' alike.
 *
 * <p>Entry points: {@link org.holdspace.validation.Violations#of(String)}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.validation;
