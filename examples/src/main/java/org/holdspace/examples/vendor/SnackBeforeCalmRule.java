package org.holdspace.examples.vendor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.evaluation.Finding;
import org.holdspace.evaluation.Rule;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.regulation.RegulationObservation;

/** ACME's own rule: a snack break shortly (10 minutes) before the child was seen regulated. */
public final class SnackBeforeCalmRule implements Rule {
  /** The finding's message key; ACME's bundle has its text. */
  public static final String KEY = "acme.snack-before-calm";

  @Override
  public String id() {
    return "acme.snack-before-calm";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<Finding> evaluate(SessionFacts facts) {
    List<String> evidence = new ArrayList<>();
    for (SnackBreak snack : facts.eventsOf(SnackBreak.class)) {
      for (RegulationObservation o : facts.regulation()) {
        Duration after = Duration.between(snack.at(), o.at());
        if (o.band().isRegulated() && !after.isNegative() && after.compareTo(Duration.ofMinutes(10)) <= 0) {
          evidence.add(snack.id());
          evidence.add(o.id());
          break;
        }
      }
    }
    return evidence.isEmpty() ? List.of() : List.of(Finding.context(this, KEY, evidence));
  }
}
