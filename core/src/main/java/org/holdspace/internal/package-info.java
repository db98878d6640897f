/**
 * Internal to Holdspace: the project's Immutables style and markers, and the evaluation's working
 * parts that the public types share across packages (the lists over arrays, the buffer of
 * findings the standard rules fill, the encoded optional parts of the library's events, arithmetic
 * on instants without making objects). Not exported; not API: anything here may change in any
 * release.
 */
package org.holdspace.internal;
