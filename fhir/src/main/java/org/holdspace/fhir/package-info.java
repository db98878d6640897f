/**
 * FHIR R4 for Holdspace, on HAPI FHIR's R4 structures. Today: {@link
 * org.holdspace.fhir.HoldspaceCodeSystems}, the library's code systems as {@code CodeSystem}
 * resources, so that a FHIR validator that loads them reports a wrong Holdspace code as an error
 * rather than a code of an unknown system. The export and import of sessions, goals and
 * assessments are not built yet.
 *
 * <p>Null policy: no method accepts or returns null. Thread safety: every method may be called
 * from several threads; each call returns new resources, which the caller owns (HAPI's resources
 * are mutable).
 */
package org.holdspace.fhir;
