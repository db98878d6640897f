/**
 * An EHR vendor's extension, written as a vendor would: its own session and event types over
 * Holdspace's interfaces, its own code system, rule and message texts, and JSON codecs.
 */
package org.holdspace.examples.vendor;
