package org.holdspace.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.holdspace.code.Code;
import org.holdspace.evaluation.ClientHistory;
import org.holdspace.evaluation.EvaluationConfig;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.session.Session;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.Violations;

/**
 * Readiness-based progress across one child's sessions. The direction of each measure compares
 * the later half of the sessions that measured it with the earlier half (medians; a change of
 * less than a tenth of the range counts as flat); four sessions or more are needed.
 *
 * <pre>{@code
 * ProgressReport report = Progress.of(sessionsOfOneChild);
 * report.timeToRegulate();  // DOWN: regulating got quicker
 * report.supportProfile();  // deep pressure: offered 6, accepted 5, helped 4, ...
 * }</pre>
 */
public final class Progress {
  static final int MINIMUM_SESSIONS = 4;

  private Progress() {}

  /**
   * The progress of one child across {@code sessions}, in any order.
   *
   * @throws org.holdspace.validation.ValidationException if the list is empty or the sessions
   *     belong to more than one child
   */
  public static ProgressReport of(List<? extends Session> sessions) {
    Violations v = Violations.of("ProgressReport");
    if (sessions.isEmpty()) {
      v.add(CoreViolation.REQUIRED, "sessions");
      v.throwIfAny();
    }
    String clientId = sessions.get(0).clientId();
    for (int i = 1; i < sessions.size(); i++) {
      if (!sessions.get(i).clientId().equals(clientId)) {
        v.add(CoreViolation.MIXED_CLIENTS, "sessions[" + i + "].clientId");
      }
    }
    v.throwIfAny();
    List<Session> held = new ArrayList<>();
    ImmutableProgressReport.Builder report = ProgressReport.builder().clientId(clientId);
    for (Session s : sessions) {
      if (s.status().isHeld()) {
        held.add(s);
      } else {
        report.addNotHeld(s.id());
      }
    }
    held.sort(Comparator.comparing((Session s) -> s.actual().get().start()).thenComparing(Session::id));
    List<Double> times = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    List<Double> readiness = new ArrayList<>();
    Map<Code, Tally> supports = new LinkedHashMap<>();
    for (Session s : held) {
      SessionFacts facts = SessionFacts.of(s, EvaluationConfig.defaults(), ClientHistory.none());
      Optional<ReadinessLevel> highest = Optional.empty();
      for (ReadinessAssessment r : facts.readiness()) {
        if (highest.isEmpty() || r.level().compareTo(highest.get()) > 0) {
          highest = Optional.of(r.level());
        }
      }
      report.addSession(SessionProgress.builder()
          .sessionId(s.id())
          .start(s.actual().get().start())
          .timeToRegulate(facts.timeToRegulate())
          .regulatedShare(facts.regulatedShare())
          .highestReadiness(highest)
          .build());
      facts.timeToRegulate().ifPresent(d -> times.add((double) d.toMillis()));
      facts.regulatedShare().ifPresent(shares::add);
      highest.ifPresent(level -> readiness.add((double) level.ordinal()));
      for (SensorySupport support : facts.supports()) {
        supports.computeIfAbsent(Code.of(support.support().system(), support.support().code()),
            k -> new Tally(support.support())).count(support);
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

  private static final class Tally {
    final Code support;
    int offered;
    int accepted;
    int declined;
    int helped;
    int noChange;
    int worse;
    int unclear;

    Tally(Code support) {
      this.support = support;
    }

    void count(SensorySupport s) {
      offered++;
      switch (s.response()) {
        case ACCEPTED:
          accepted++;
          break;
        default:
          declined++;
      }
      switch (s.effect().orElse(org.holdspace.sensory.SupportEffect.UNCLEAR)) {
        case HELPED:
          helped++;
          break;
        case NO_VISIBLE_CHANGE:
          noChange++;
          break;
        case MADE_WORSE:
          worse++;
          break;
        default:
          unclear++;
      }
    }

    SupportTally toValue() {
      return SupportTally.builder().support(support).offered(offered).accepted(accepted).declined(declined)
          .helped(helped).noVisibleChange(noChange).madeWorse(worse).unclear(unclear).build();
    }
  }
}
