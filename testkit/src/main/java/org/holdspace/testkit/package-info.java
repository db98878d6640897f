/**
 * Holdspace's test kit, for the library's own tests and a vendor's: QuickTheories generators for
 * every domain type ({@link org.holdspace.testkit.Generators}, including sessions told as stories
 * with harm, crisis, collapse, not-ready goal work and uncorroborated help), hand-written
 * implementations of every event kind ({@link org.holdspace.testkit.HandWrittenEvents}), vendor
 * fixtures, deep copies and a blame-word check. Never a runtime dependency of core.
 *
 * <p>Entry points: {@link org.holdspace.testkit.Generators}, {@link org.holdspace.testkit.Theories#qt(int)}.
 *
 * <p>Null policy: no method accepts or returns null. Thread safety: generators are stateless.
 */
package org.holdspace.testkit;
