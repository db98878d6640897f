package org.holdspace.beam;

import org.holdspace.json.HoldspaceJson;

/**
 * The recipe for the library's standard JSON: an enum constant, so that coders built on it compare
 * equal after Java serialization (Beam checks that a coder survives it unchanged).
 */
enum StandardJson implements PerWorker<HoldspaceJson> {
  INSTANCE;

  @Override
  public HoldspaceJson create() {
    return HoldspaceJson.standard();
  }
}
