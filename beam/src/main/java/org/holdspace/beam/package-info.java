/**
 * Holdspace at population scale, as Apache Beam transforms that a data team composes on the
 * engine it already runs (Flink, Spark, Dataflow; the direct runner in tests).
 *
 * <p>Transforms: {@link org.holdspace.beam.ReadLines} (numbered NDJSON lines of files, read in
 * ranges in parallel), {@link org.holdspace.beam.EvaluatePopulation} (the whole pass in one step per
 * line, the fast path: assessments as NDJSON lines, bad lines, each child's progress and the
 * population table, no session crossing an operator boundary), {@link
 * org.holdspace.beam.ParseSessions} (lines to sessions, bad lines to a dead-letter output with
 * their problem and pointer, never their content unless asked), {@link
 * org.holdspace.beam.Evaluate} (each session with its assessment), {@link
 * org.holdspace.beam.ProgressPerChild} (each child's progress report, from the compact {@code
 * ProgressInput} of each session) and {@link org.holdspace.beam.PopulationTable} (headline, rung, incident and hard-day
 * counts per discipline, month or any grouping). Coders: {@link org.holdspace.beam.SessionCoder}
 * and {@link org.holdspace.beam.AssessmentCoder} over the JSON wire format, {@link
 * org.holdspace.beam.ProgressInputCoder} in core's compact form, and one for each value these
 * transforms make. Evaluators and JSON readers are made once per worker from a
 * {@link org.holdspace.beam.PerWorker} recipe.
 *
 * <pre>{@code
 * PCollectionTuple parsed = pipeline.apply(ReadLines.from("sessions-*.ndjson")).apply(ParseSessions.create());
 * PCollection<KV<Session, Assessment>> evaluated = parsed.get(ParseSessions.SESSIONS).apply(Evaluate.standard());
 * PCollection<KV<String, PopulationCounts>> table = evaluated.apply(PopulationTable.byDiscipline());
 * }</pre>
 *
 * <p>Null policy: no method accepts or returns null. The module depends on Beam's SDK as
 * {@code provided}: the pipeline brings its own Beam (tested with 2.70.0).
 */
package org.holdspace.beam;
