/**
 * Internal to Holdspace: what sits below the model, and imports none of it: the project's
 * Immutables style and markers, the base of the library's event values with its encoded optional
 * parts ({@link org.holdspace.internal.Traits}), lists over arrays, and arithmetic on instants
 * without making objects. Every package of core may import it; it imports no package of the
 * library. Not exported; not API: anything here may change in any release.
 *
 * <p>Null policy: null in, {@code NullPointerException}. Thread safety: every type here is
 * immutable or stateless.
 */
package org.holdspace.internal;
