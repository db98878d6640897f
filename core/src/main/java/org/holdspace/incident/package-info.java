/**
 * Incidents as records: when distress escalated into possible harm, the clinician's record of it
 * ({@link org.holdspace.incident.IncidentRecord}): the harm sign it documents, what came just
 * before, injury or none, any physical intervention, and who was told and when ({@link
 * org.holdspace.incident.Notification}). The session note says what the record holds and never
 * more; the evaluation finds incidents from the regulation observations, whether or not a record
 * was written.
 *
 * <p>Entry points: {@link org.holdspace.incident.IncidentRecord#builder()}, {@link
 * org.holdspace.incident.Notification#of(org.holdspace.code.Code, java.time.Instant)}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation). Absent values are {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.incident;
