package org.holdspace.beam;

import java.util.Objects;
import org.holdspace.evaluation.Assessment;
import org.holdspace.json.HoldspaceJson;
import org.holdspace.json.HoldspaceJsonException;

/** Assessments over Holdspace's JSON wire format, for every {@code PCollection<Assessment>}. */
public final class AssessmentCoder extends JsonCoder<Assessment> {
  private static final long serialVersionUID = 1L;
  private static final AssessmentCoder STANDARD = new AssessmentCoder(StandardJson.INSTANCE);

  private AssessmentCoder(PerWorker<HoldspaceJson> json) {
    super(json);
  }

  /** {@return the coder for assessments} */
  public static AssessmentCoder of() {
    return STANDARD;
  }

  /**
   * The coder that reads and writes with the given JSON (the vendor's module: an assessment holds
   * only library types, so {@link #of()} usually serves).
   *
   * @param json how each worker makes its {@code HoldspaceJson}
   * @return a coder
   */
  public static AssessmentCoder of(PerWorker<HoldspaceJson> json) {
    return new AssessmentCoder(Objects.requireNonNull(json, "json"));
  }

  @Override
  byte[] write(Assessment value) throws HoldspaceJsonException {
    return json().writeAssessment(value);
  }

  @Override
  Assessment read(byte[] bytes) throws HoldspaceJsonException {
    return json().readAssessment(bytes);
  }
}
