package org.holdspace.beam;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.holdspace.evaluation.Assessment;
import org.holdspace.session.Session;

/**
 * The population table: {@link PopulationCounts} per group of sessions, the group named by a
 * function of the session (the discipline, the month, or the caller's: a clinic from a vendor's
 * session field, a region, a payer). Counted with a combiner, so only the small counts cross the
 * shuffle.
 *
 * <pre>{@code
 * PCollection<KV<String, PopulationCounts>> byDiscipline = evaluated.apply(PopulationTable.byDiscipline());
 * PCollection<KV<String, PopulationCounts>> byClinician =
 *     evaluated.apply(PopulationTable.by("clinician", Session::clinicianId));
 * }</pre>
 */
public final class PopulationTable
    extends PTransform<PCollection<KV<Session, Assessment>>, PCollection<KV<String, PopulationCounts>>> {
  private static final long serialVersionUID = 1L;
  private final SerializableFunction<Session, String> group;

  private PopulationTable(String name, SerializableFunction<Session, String> group) {
    super("PopulationTable by " + name);
    this.group = group;
  }

  /** {@return counts per discipline: the discipline's code system and code, {@code system|code}} */
  public static PopulationTable byDiscipline() {
    return new PopulationTable("discipline", s -> s.discipline().system() + "|" + s.discipline().code());
  }

  /**
   * {@return counts per month of the planned start, {@code 2026-03}, in the session's display zone
   * when it has one, else in UTC}
   */
  public static PopulationTable byMonth() {
    return new PopulationTable("month",
        s -> YearMonth.from(s.planned().start().atZone(s.zone().orElse(ZoneOffset.UTC))).toString());
  }

  /**
   * Counts per group that {@code group} names.
   *
   * @param name what the groups are, for the transform's name ({@code "clinic"})
   * @param group the group of a session; never null
   * @return the transform
   */
  public static PopulationTable by(String name, SerializableFunction<Session, String> group) {
    return new PopulationTable(Objects.requireNonNull(name, "name"), Objects.requireNonNull(group, "group"));
  }

  /** {@return how this table names a session's group} */
  SerializableFunction<Session, String> group() {
    return group;
  }

  @Override
  public PCollection<KV<String, PopulationCounts>> expand(PCollection<KV<Session, Assessment>> evaluated) {
    return sum(evaluated
        .apply("Count one", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(PopulationCounts.class)))
            .via(kv -> KV.of(group.apply(kv.getKey()), PopulationCounts.of(kv.getKey(), kv.getValue())))));
  }

  /** The counts of each group added up, with a combiner: only the small counts cross the shuffle. */
  static PCollection<KV<String, PopulationCounts>> sum(PCollection<KV<String, PopulationCounts>> counts) {
    return counts.setCoder(KvCoder.of(StringUtf8Coder.of(), PopulationCounts.coder()))
        .apply("Sum", Combine.perKey(PopulationCounts::sum))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), PopulationCounts.coder()));
  }
}
