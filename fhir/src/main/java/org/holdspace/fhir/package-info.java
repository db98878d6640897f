/**
 * FHIR R4 for Holdspace, on HAPI FHIR's R4 structures.
 *
 * <p>Entry points: {@link org.holdspace.fhir.HoldspaceFhir} (a session, with its assessment,
 * parent summary and session note, as a {@code Bundle}, and a {@code Bundle} back as the session;
 * FHIR JSON in and out), {@link org.holdspace.fhir.FhirBulkExport} (many sessions as FHIR Bulk
 * Data NDJSON files with a manifest), {@link org.holdspace.fhir.HoldspaceCodeSystems} (the
 * library's code systems as {@code CodeSystem} resources, for a validator), and for vendors {@link
 * org.holdspace.fhir.FhirEventCodec}, {@link org.holdspace.fhir.FhirSessionCodec} and {@link
 * org.holdspace.fhir.FhirText}. Bad input is a {@link org.holdspace.fhir.HoldspaceFhirException}
 * with a FHIRPath-like location and never the input's text.
 *
 * <pre>{@code
 * HoldspaceFhir fhir = HoldspaceFhir.standard();
 * String json = fhir.toJson(fhir.export(session).with(assessment).toBundle());
 * Session back = fhir.readSession(json);
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns null. Thread safety: {@code HoldspaceFhir} and
 * {@code HoldspaceCodeSystems} may be shared between threads; a {@code FhirBulkExport} belongs to
 * one thread; each call returns new HAPI resources, which the caller owns (they are mutable).
 */
package org.holdspace.fhir;
