/**
 * Holdspace on JSON: a Jackson 2 module ({@link org.holdspace.json.HoldspaceModule}) with a
 * hand-written codec for every core type, the documented wire format and its JSON Schema, vendor
 * codecs, limits, NDJSON, and {@link org.holdspace.json.HoldspaceJson}, the guarded entry point
 * that turns every failure into a {@link org.holdspace.json.HoldspaceJsonException} that never
 * quotes the input.
 *
 * <p>Entry points: {@link org.holdspace.json.HoldspaceJson#standard()}, {@link
 * org.holdspace.json.HoldspaceModule#builder()}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException}.
 *
 * <p>Thread safety: {@code HoldspaceJson} and {@code HoldspaceModule} are immutable and shared by
 * every thread; an {@code NdjsonReader} or {@code NdjsonWriter} belongs to one thread.
 */
package org.holdspace.json;
