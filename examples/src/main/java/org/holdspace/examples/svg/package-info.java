/** The examples' SVG pictures: a session's timeline and a child's progress. Not deployed. */
package org.holdspace.examples.svg;
