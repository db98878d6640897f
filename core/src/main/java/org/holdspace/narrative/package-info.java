/**
 * Text for people, from message bundles keyed by stable keys: a {@link org.holdspace.narrative.Narrator} renders headlines, reflection prompts and the {@link org.holdspace.narrative.ParentSummary}; every sentence is a {@link org.holdspace.narrative.Statement} carrying the key and evidence that back it. English and Spanish ship; rendered text is plain text, to be escaped for HTML.
 *
 * <p>Entry points: {@link org.holdspace.narrative.Narrator#of(java.util.Locale)}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.narrative;
