package org.holdspace.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.holdspace.progress.Direction;
import org.holdspace.progress.ProgressReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressExampleTest {

  @Test
  void printsProgressAndTheSupportProfileAndChartsBoth(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path svg = dir.resolve("progress.svg");
    ProgressReport report = ProgressExample.run(svg, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(report.timeToRegulate()).isEqualTo(Direction.DOWN);
    assertThat(report.readiness()).isEqualTo(Direction.UP);
    assertThat(out).contains("1        42 min             30%              not ready");
    assertThat(out).contains("10       12 min             80%              ready");
    assertThat(out).contains("Time to regulate: down; share regulated: up; readiness: up");
    assertThat(out).containsPattern("Deep pressure\\s+escalated\\s+10\\s+10\\s+0\\s+7\\s+1\\s+3\\s+0");
    assertThat(out).containsPattern("Fidget\\s+escalated\\s+10\\s+4\\s+6\\s+0\\s+0\\s+4\\s+0");
    assertThat(out).containsPattern("Calm music or humming\\s+escalated\\s+10\\s+10\\s+0\\s+5\\s+2\\s+0\\s+0");
    SvgCheck chart = SvgCheck.parse(svg);
    assertThat(chart.count("circle", "time-to-regulate")).isEqualTo(10);
    assertThat(chart.count("rect", "readiness")).isEqualTo(10);
    assertThat(chart.count("polyline", "time-to-regulate-line")).isEqualTo(1);
  }
}
