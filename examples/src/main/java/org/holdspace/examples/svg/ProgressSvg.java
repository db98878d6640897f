package org.holdspace.examples.svg;

import java.util.List;
import org.holdspace.progress.ProgressReport;
import org.holdspace.progress.SessionProgress;

/** A chart of a child's progress: time to regulate (minutes) and readiness, session by session. */
public final class ProgressSvg {
  private static final int WIDTH = 780;
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int TOP = 50;
  private static final int PLOT_W = 600;
  private static final int PLOT_H = 280;

  private ProgressSvg() {}

  /** The SVG document for {@code report}. */
  public static String of(ProgressReport report, String title) {
    List<SessionProgress> rows = report.sessions();
    Svg svg = new Svg(WIDTH, HEIGHT, title);
    svg.text("heading", LEFT, 28, title, "start");
    svg.line("axis", LEFT, TOP + PLOT_H, LEFT + PLOT_W, TOP + PLOT_H, "#999999");
    svg.line("axis", LEFT, TOP, LEFT, TOP + PLOT_H, "#999999");
    double maxMinutes = 1;
    for (SessionProgress p : rows) {
      if (p.timeToRegulate().isPresent()) {
        maxMinutes = Math.max(maxMinutes, p.timeToRegulate().get().toSeconds() / 60.0);
      }
    }
    maxMinutes = Math.ceil(maxMinutes / 10) * 10;
    for (int m = 0; m <= maxMinutes; m += 10) {
      double y = TOP + PLOT_H - PLOT_H * m / maxMinutes;
      svg.line("grid", LEFT, y, LEFT + PLOT_W, y, "#eeeeee");
      svg.text("tick-label", LEFT - 6, y + 4, m + " min", "end");
    }
    int n = rows.size();
    double[] tx = new double[n];
    double[] ty = new double[n];
    int points = 0;
    double[] rx = new double[n];
    double[] ry = new double[n];
    int readinessPoints = 0;
    for (int i = 0; i < n; i++) {
      SessionProgress p = rows.get(i);
      double x = LEFT + (n == 1 ? PLOT_W / 2.0 : PLOT_W * i / (double) (n - 1));
      svg.text("tick-label", x, TOP + PLOT_H + 18, String.valueOf(i + 1), "middle");
      if (p.timeToRegulate().isPresent()) {
        double minutes = p.timeToRegulate().get().toSeconds() / 60.0;
        tx[points] = x;
        ty[points] = TOP + PLOT_H - PLOT_H * minutes / maxMinutes;
        svg.circle("time-to-regulate", x, ty[points], 5, "#1e88e5", "#0d47a1",
            "session " + (i + 1) + ": " + Math.round(minutes) + " minutes to regulate");
        points++;
      }
      if (p.highestReadiness().isPresent()) {
        int level = p.highestReadiness().get().ordinal();
        rx[readinessPoints] = x;
        ry[readinessPoints] = TOP + PLOT_H - PLOT_H * level / 2.0;
        svg.rect("readiness", x - 5, ry[readinessPoints] - 5, 10, 10, "#43a047",
            "session " + (i + 1) + ": " + p.highestReadiness().get().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' '));
        readinessPoints++;
      }
    }
    svg.polyline("time-to-regulate-line", java.util.Arrays.copyOf(tx, points), java.util.Arrays.copyOf(ty, points),
        "#1e88e5");
    svg.polyline("readiness-line", java.util.Arrays.copyOf(rx, readinessPoints),
        java.util.Arrays.copyOf(ry, readinessPoints), "#43a047");
    svg.text("axis-label", LEFT + PLOT_W / 2.0, TOP + PLOT_H + 38, "session", "middle");
    String[] levels = {"not ready", "emerging", "ready"};
    for (int level = 0; level < levels.length; level++) {
      svg.text("readiness-label", LEFT + PLOT_W + 8, TOP + PLOT_H - PLOT_H * level / 2.0 + 4, levels[level], "start");
    }
    svg.text("legend", LEFT, HEIGHT - 36, "Blue circles: minutes to regulate (left axis; lower is quicker).", "start");
    svg.text("legend", LEFT, HEIGHT - 20, "Green squares: highest readiness reached in the session (right axis).",
        "start");
    return svg.finish();
  }
}
