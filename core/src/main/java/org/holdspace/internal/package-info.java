/**
 * Internal to Holdspace: the project's Immutables style and markers. Not exported; not API.
 */
package org.holdspace.internal;
