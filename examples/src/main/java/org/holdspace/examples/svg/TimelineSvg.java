package org.holdspace.examples.svg;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.holdspace.demand.Activity;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.evaluation.ClientHistory;
import org.holdspace.evaluation.EvaluationConfig;
import org.holdspace.evaluation.SessionFacts;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.Session;
import org.holdspace.timeline.Interval;

/**
 * A picture of one session: the child's regulation over time (one row per arousal band, regulated
 * in the middle), with the supports offered, the activities and their demand, and environment
 * factors marked on rows below. A browser opens it.
 */
public final class TimelineSvg {
  private static final int LEFT = 130;
  private static final int WIDTH = 960;
  private static final int ROW = 34;

  private TimelineSvg() {}

  /** The SVG document for {@code session}, which must have taken place. */
  public static String of(Session session, String title) {
    Interval span = session.actual().orElseThrow(() -> new IllegalArgumentException("the session did not take place"));
    SessionFacts facts = SessionFacts.of(session, EvaluationConfig.defaults(), ClientHistory.none());
    double minutes = Math.max(1, span.length().toSeconds() / 60.0);
    double plotWidth = WIDTH - LEFT - 30;
    ArousalBand[] rows = {ArousalBand.CRISIS, ArousalBand.ESCALATED, ArousalBand.REGULATED, ArousalBand.SHUT_DOWN};
    String[] rowNames = {"crisis", "escalated", "regulated", "shut down"};
    int top = 50;
    int supportsRow = top + rows.length * ROW + 20;
    int activityRow = supportsRow + ROW;
    int environmentRow = activityRow + ROW;
    int axis = environmentRow + ROW + 10;
    Svg svg = new Svg(WIDTH, axis + 68, title);
    svg.text("heading", LEFT, 26, title, "start");
    for (int i = 0; i < rows.length; i++) {
      int y = top + i * ROW;
      svg.rect("band-row", LEFT, y, plotWidth, ROW - 4, i == 2 ? "#eef7ee" : "#f6f6f6", null);
      svg.text("row-label", LEFT - 8, y + ROW / 2.0 + 2, rowNames[i], "end");
    }
    svg.text("row-label", LEFT - 8, supportsRow + ROW / 2.0, "supports", "end");
    svg.text("row-label", LEFT - 8, activityRow + ROW / 2.0, "demand", "end");
    svg.text("row-label", LEFT - 8, environmentRow + ROW / 2.0, "environment", "end");
    for (RegulationObservation o : facts.regulation()) {
      int row = indexOf(rows, o.band());
      double x = x(o.at(), span, minutes, plotWidth);
      double w = x(o.end(), span, minutes, plotWidth) - x;
      svg.rect("regulation " + o.band().name().toLowerCase(Locale.ROOT), x, top + row * ROW + 3, Math.max(w, 4), ROW - 10,
          colour(o.band()), word(o.band()) + o.mode().map(m -> ", " + word(m)).orElse(""));
    }
    for (SensorySupport s : facts.supports()) {
      double x = x(s.at(), span, minutes, plotWidth);
      String effect = s.effect().map(TimelineSvg::word).orElse("effect not recorded");
      String fill = s.response() == SupportResponse.DECLINED ? "#ffffff"
          : s.effect().map(e -> e.name().equals("HELPED") ? "#2e7d32" : e.name().equals("MADE_WORSE") ? "#c62828" : "#9e9e9e")
              .orElse("#9e9e9e");
      svg.circle("support", x, supportsRow + ROW / 2.0, 7, fill, "#455a64",
          s.support().display().orElse(s.support().code()) + ": " + word(s.response()) + ", " + effect);
    }
    for (Activity a : facts.activities()) {
      double x = x(a.at(), span, minutes, plotWidth);
      double w = x(a.end(), span, minutes, plotWidth) - x;
      double h = (a.demand().ordinal() + 1) * (ROW - 8) / (double) DemandLevel.values().length;
      svg.rect("activity demand-" + a.demand().name().toLowerCase(Locale.ROOT), x, activityRow + ROW - 4 - h,
          Math.max(w, 4), h, "#5c6bc0", a.activity().display().orElse(a.activity().code()) + ", demand " + word(a.demand()));
    }
    for (EnvironmentFactor f : facts.environment()) {
      double x = x(f.at(), span, minutes, plotWidth);
      double w = x(f.end(), span, minutes, plotWidth) - x;
      svg.rect("environment", x, environmentRow + 6, Math.max(w, 4), ROW - 14, "#ffb74d",
          f.factor().display().orElse(f.factor().code()));
    }
    svg.line("axis", LEFT, axis, LEFT + plotWidth, axis, "#999999");
    int step = minutes > 90 ? 30 : minutes > 30 ? 10 : 5;
    for (int m = 0; m <= minutes; m += step) {
      double x = LEFT + plotWidth * m / minutes;
      svg.line("tick", x, axis, x, axis + 5, "#999999");
      svg.text("tick-label", x, axis + 18, m + " min", "middle");
    }
    svg.text("legend", LEFT, axis + 40, "Bars: the child's state over time. Demand: taller is a bigger ask.", "start");
    svg.text("legend", LEFT, axis + 56, "Circles: supports offered (green helped, grey no visible change or unclear, "
        + "white declined, red seemed to add load).", "start");
    return svg.finish();
  }

  private static double x(Instant t, Interval span, double minutes, double plotWidth) {
    double m = Duration.between(span.start(), t).toMillis() / 60000.0;
    return LEFT + plotWidth * Math.max(0, Math.min(minutes, m)) / minutes;
  }

  private static int indexOf(ArousalBand[] rows, ArousalBand band) {
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] == band) {
        return i;
      }
    }
    throw new IllegalStateException("no row for " + band);
  }

  private static String colour(ArousalBand band) {
    switch (band) {
      case REGULATED:
        return "#66bb6a";
      case ESCALATED:
        return "#ef9a9a";
      case CRISIS:
        return "#e53935";
      default:
        return "#90a4ae";
    }
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
