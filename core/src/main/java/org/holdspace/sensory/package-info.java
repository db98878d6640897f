/**
 * Sensory supports: {@link org.holdspace.sensory.SensorySupport} (what was offered, the systems it targets, alerting or calming, accepted or declined, the effect reported), with the library's support codes in {@link org.holdspace.sensory.SensorySupportCodes}.
 *
 * <p>Entry points: {@link org.holdspace.sensory.SensorySupport#builder()}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.sensory;
