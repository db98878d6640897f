package org.holdspace.internal;

/**
 * Marks the library's own implementations of its event kinds and goals, which check their fields
 * when built, so that a session need not check them again. Internal: not exported.
 */
public interface Validated {}
