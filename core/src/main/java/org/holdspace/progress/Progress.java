package org.holdspace.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.holdspace.code.Code;
import org.holdspace.evaluation.ClientHistory;
import org.holdspace.evaluation.EvaluationConfig;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.evaluation.SupportCredit;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.ArousalSide;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
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
    Map<Key, Tally> supports = new LinkedHashMap<>();
    for (Session s : held) {
      SessionFacts facts = SessionFacts.of(s, EvaluationConfig.defaults(), ClientHistory.none());
      Optional<ReadinessLevel> highest = Optional.empty();
      for (ReadinessAssessment r : facts.readiness()) {
        if (highest.isEmpty() || r.level().compareTo(highest.get()) > 0) {
          highest = Optional.of(r.level());
        }
      }
      Optional<Duration> timeToRegulate = facts.neverRegulated() ? Optional.of(facts.sessionLength())
          : facts.timeToRegulate();
      report.addSession(SessionProgress.builder()
          .sessionId(s.id())
          .start(s.actual().get().start())
          .timeToRegulate(timeToRegulate)
          .neverRegulated(facts.neverRegulated())
          .regulatedShare(facts.regulatedShare())
          .highestReadiness(highest)
          .build());
      timeToRegulate.ifPresent(d -> times.add((double) d.toMillis()));
      facts.regulatedShare().ifPresent(shares::add);
      highest.ifPresent(level -> readiness.add((double) level.ordinal()));
      Set<SensorySupport> corroborated = Collections.newSetFromMap(new IdentityHashMap<>());
      for (SupportCredit c : facts.corroboratedHelp()) {
        corroborated.add(c.support());
      }
      for (SensorySupport support : facts.supports()) {
        ArousalSide state = facts.stateAt(support.at()).map(ArousalBand::side).orElse(null);
        supports.computeIfAbsent(new Key(support.support().system(), support.support().code(), state),
            k -> new Tally(support.support(), state)).count(support, corroborated.contains(support));
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

  /** A support concept in one state of the child at the offer (null: unknown). */
  private record Key(String system, String code, ArousalSide state) {}

  private static final class Tally {
    final Code support;
    final ArousalSide state;
    int offered;
    int accepted;
    int declined;
    int helped;
    int corroborated;
    int noChange;
    int worse;
    int unclear;

    Tally(Code support, ArousalSide state) {
      this.support = support;
      this.state = state;
    }

    void count(SensorySupport s, boolean helpCorroborated) {
      offered++;
      if (s.response() != SupportResponse.ACCEPTED) {
        declined++;
        return;
      }
      accepted++;
      switch (s.effect().orElse(SupportEffect.UNCLEAR)) {
        case HELPED:
          helped++;
          if (helpCorroborated) {
            corroborated++;
          }
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
      return SupportTally.builder().support(support).stateAtOffer(Optional.ofNullable(state)).offered(offered)
          .accepted(accepted).declined(declined).helped(helped).helpedCorroborated(corroborated)
          .noVisibleChange(noChange).madeWorse(worse).unclear(unclear).build();
    }
  }
}
