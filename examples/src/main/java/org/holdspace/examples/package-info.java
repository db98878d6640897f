/**
 * Runnable examples: the hard day (and any public scenario) with its report and picture, a
 * vendor's extension, batch evaluation of NDJSON, and readiness-based progress. Not deployed.
 */
package org.holdspace.examples;
