/**
 * Caregivers in the session: what a caregiver reported before it ({@link
 * org.holdspace.caregiver.CaregiverReport}), a caregiver present or joining ({@link
 * org.holdspace.caregiver.CaregiverPresence}), and coaching given to a caregiver ({@link
 * org.holdspace.caregiver.CaregiverCoaching}), and the handover at the end ({@link
 * org.holdspace.caregiver.Handover}), to a caregiver or to someone else by role ({@link
 * org.holdspace.caregiver.RoleCodes}). A caregiver's report is information about the
 * child's day, never blame.
 *
 * <p>Entry points: {@link org.holdspace.caregiver.CaregiverReport#builder()}, {@link
 * org.holdspace.caregiver.CaregiverPresence#builder()}, {@link
 * org.holdspace.caregiver.CaregiverCoaching#builder()}, {@link
 * org.holdspace.caregiver.Handover#builder()}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation). Absent values are {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.caregiver;
