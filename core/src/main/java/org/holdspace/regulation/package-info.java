/**
 * The child's regulation state: {@link org.holdspace.regulation.RegulationObservation} with its {@link org.holdspace.regulation.ArousalBand} (and the band's {@link org.holdspace.regulation.ArousalSide}), signs ({@link org.holdspace.regulation.RegulationSignCodes}) and {@link org.holdspace.regulation.RegulationMode}.
 *
 * <p>Entry points: {@link org.holdspace.regulation.RegulationObservation#builder()}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.regulation;
