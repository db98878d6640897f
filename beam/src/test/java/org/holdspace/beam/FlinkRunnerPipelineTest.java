package org.holdspace.beam;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/**
 * The population pipeline on a real engine: Beam's Flink runner with Flink 1.19 embedded
 * ({@code [local]}, parallelism 2), every output compared with the one-machine computation as on
 * the direct runner.
 */
class FlinkRunnerPipelineTest extends PopulationPipelineContract {

  @Override
  PipelineOptions options() {
    FlinkPipelineOptions options = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
    options.setRunner(FlinkRunner.class);
    options.setFlinkMaster("[local]");
    options.setParallelism(2);
    return options;
  }

  @Test
  void theJobRanOnFlink() {
    assertThat(result.getClass().getName()).contains(".flink.");
    assertThat(result.getState()).isEqualTo(PipelineResult.State.DONE);
  }
}
