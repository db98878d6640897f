package org.holdspace.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.session.Session;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;

/**
 * Readiness-based progress across one child's sessions. The direction of each measure compares
 * the later half of the sessions that measured it with the earlier half (medians; a change of
 * less than a tenth of the range counts as flat); four sessions or more are needed.
 *
 * <p>A session in which the child was dysregulated and never regulated counts as taking the whole
 * session to regulate: it is never dropped, so a child who is getting worse never reads as
 * "quicker". The support profile counts each support by the child's state when it was offered
 * (high side, low side, regulated), since a support that helps one state may not help another,
 * and keeps declined offers apart from "no visible change".
 *
 * <pre>{@code
 * ProgressReport report = Progress.of(sessionsOfOneChild);
 * report.timeToRegulate();  // DOWN: regulating got quicker
 * report.supportProfile();  // deep pressure when escalated: offered 6, accepted 5, helped 4, ...
 * }</pre>
 */
public final class Progress {
  static final int MINIMUM_SESSIONS = 4;

  private Progress() {}

  /**
   * The progress of one child across {@code sessions}, in any order.
   *
   * @param sessions the child's sessions
   * @return the report
   *
   * @throws org.holdspace.validation.ValidationException if the list is empty or the sessions
   *     belong to more than one child
   */
  public static ProgressReport of(List<? extends Session> sessions) {
    checkOneChild(sessions, Session::clientId, "sessions");
    List<ProgressInput> inputs = new ArrayList<>(sessions.size());
    for (Session s : sessions) {
      inputs.add(ProgressInput.of(s));
    }
    return from(inputs);
  }

  /**
   * The progress of one child from what each session gave to it ({@link ProgressInput#of}), in
   * any order: the same report as {@link #of} on the sessions in the same order (the sessions that
   * did not take place are listed in the order given; the rest are put in time order).
   *
   * <pre>{@code
   * List<ProgressInput> inputs = sessionsOfOneChild.stream().map(ProgressInput::of).toList();
   * ProgressReport report = Progress.from(inputs);   // equals Progress.of(sessionsOfOneChild)
   * }</pre>
   *
   * @param inputs what each of the child's sessions gave
   * @return the report
   * @throws org.holdspace.validation.ValidationException if the list is empty or the inputs
   *     belong to more than one child
   */
  public static ProgressReport from(List<ProgressInput> inputs) {
    String clientId = checkOneChild(inputs, ProgressInput::clientId, "inputs");
    List<SessionProgress> held = new ArrayList<>();
    List<ProgressInput> heldInputs = new ArrayList<>();
    ImmutableProgressReport.Builder report = ProgressReport.builder().clientId(clientId);
    for (ProgressInput in : inputs) {
      if (in.isHeld()) {
        heldInputs.add(in);
      } else {
        report.addNotHeld(in.sessionId());
      }
    }
    heldInputs.sort(Comparator.comparing((ProgressInput in) -> in.measures().get().start())
        .thenComparing(ProgressInput::sessionId));
    List<Double> times = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    List<Double> readiness = new ArrayList<>();
    Map<Tally.Key, Tally> supports = new LinkedHashMap<>();
    for (ProgressInput in : heldInputs) {
      SessionProgress row = in.measures().get();
      report.addSession(row);
      row.timeToRegulate().ifPresent(d -> times.add((double) d.toMillis()));
      row.regulatedShare().ifPresent(shares::add);
      row.highestReadiness().ifPresent(level -> readiness.add((double) level.ordinal()));
      for (SupportTally t : in.supports()) {
        supports.computeIfAbsent(Tally.Key.of(t), k -> new Tally(t.support(), k.state())).add(t);
      }
    }
    List<Tally> tallies = new ArrayList<>(supports.values());
    tallies.sort(Comparator.comparingInt((Tally t) -> -t.offered));
    for (Tally t : tallies) {
      report.addSupportProfile(t.toValue());
    }
    return report
        .timeToRegulate(direction(times, 0))
        .regulatedShare(direction(shares, 1.0))
        .readiness(direction(readiness, ReadinessLevel.READY.ordinal()))
        .build();
  }

  private static <T> String checkOneChild(List<? extends T> items, Function<T, String> clientId, String name) {
    Violations v = Violations.of("ProgressReport");
    if (items.isEmpty()) {
      v.add(CoreViolation.REQUIRED, name);
      v.throwIfAny();
    }
    String first = clientId.apply(items.get(0));
    for (int i = 1; i < items.size(); i++) {
      if (!clientId.apply(items.get(i)).equals(first)) {
        v.add(CoreViolation.MIXED_CLIENTS, name + "[" + i + "].clientId");
      }
    }
    v.throwIfAny();
    return first;
  }

  /** Median of the later half against the earlier half; range 0 means "use the data's own range". */
  static Direction direction(List<Double> values, double range) {
    if (values.size() < MINIMUM_SESSIONS) {
      return Direction.NOT_ENOUGH_DATA;
    }
    int half = values.size() / 2;
    double earlier = median(values.subList(0, half));
    double later = median(values.subList(values.size() - half, values.size()));
    double span = range;
    if (span == 0) {
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (double x : values) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      span = max - min;
    }
    double threshold = span / 10;
    if (later - earlier > threshold) {
      return Direction.UP;
    }
    return earlier - later > threshold ? Direction.DOWN : Direction.FLAT;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }
}
