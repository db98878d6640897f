package org.holdspace.beam;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** The population pipeline on Beam's direct runner, encodability enforced so that every coder runs. */
class DirectRunnerPipelineTest extends PopulationPipelineContract {

  @Override
  PipelineOptions options() {
    DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
    options.setEnforceImmutability(false); // the library's values are immutable; enforcing it costs memory
    options.setBlockOnRun(true);
    return options;
  }

  @Override
  boolean checksAsserts() {
    return true;
  }
}
