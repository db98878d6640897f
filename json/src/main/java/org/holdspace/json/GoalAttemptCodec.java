package org.holdspace.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.holdspace.goal.AttemptOutcome;
import org.holdspace.goal.GoalAttempt;

/**
 * {@link GoalAttempt} on the wire: {@code goalId}, {@code assistance}, {@code outcome}, {@code
 * gasLevel}, {@code opportunities}, {@code correctResponses}.
 */
final class GoalAttemptCodec extends EventKindCodec<GoalAttempt> {

  GoalAttemptCodec() {
    super("goalAttempt", GoalAttempt.class);
  }

  @Override
  void writeFields(GoalAttempt a, JsonGenerator g) throws IOException {
    g.writeStringField("goalId", a.goalId());
    if (a.assistance().isPresent()) {
      g.writeFieldName("assistance");
      Writing.code(a.assistance().get(), g);
    }
    if (a.outcome().isPresent()) {
      Writing.enumField("outcome", a.outcome().get(), g);
    }
    if (a.gasLevel().isPresent()) {
      g.writeNumberField("gasLevel", a.gasLevel().getAsInt());
    }
    if (a.opportunities().isPresent()) {
      g.writeNumberField("opportunities", a.opportunities().getAsInt());
    }
    if (a.correctResponses().isPresent()) {
      g.writeNumberField("correctResponses", a.correctResponses().getAsInt());
    }
  }

  @Override
  Fields<GoalAttempt> reader() {
    GoalAttempt.Builder b = GoalAttempt.builder();
    return new Fields<>() {
      private boolean goalId;

      @Override
      public boolean read(String name, Reading in) throws IOException {
        switch (name) {
          case "goalId":
            b.goalId(in.string("goalId"));
            goalId = true;
            return true;
          case "assistance":
            b.assistance(CoreValues.code(in, "assistance"));
            return true;
          case "outcome":
            b.outcome(in.enumValue(AttemptOutcome.class, "outcome"));
            return true;
          case "gasLevel":
            b.gasLevel(in.integer("gasLevel"));
            return true;
          case "opportunities":
            b.opportunities(in.integer("opportunities"));
            return true;
          case "correctResponses":
            b.correctResponses(in.integer("correctResponses"));
            return true;
          default:
            return false;
        }
      }

      @Override
      public String missing() {
        return goalId ? null : "goalId";
      }

      @Override
      public GoalAttempt build(String id, Instant at, Optional<Instant> until) {
        return b.id(id).at(at).until(until).build();
      }
    };
  }
}
