/**
 * Signs of trust and relationship: {@link org.holdspace.connection.ConnectionObservation} (comfort accepted, proximity sought, attention shared), with the library's sign codes in {@link org.holdspace.connection.ConnectionSignCodes}.
 *
 * <p>Entry points: {@link org.holdspace.connection.ConnectionObservation#builder()}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.connection;
