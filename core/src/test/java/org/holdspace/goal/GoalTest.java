package org.holdspace.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

class GoalTest {
  private static final Instant T = Instant.parse("2026-03-02T09:10:00Z");

  @Test
  void buildsWithDefaultsAndCopies() {
    Goal g = Goal.builder().id("g1").description("d").lifecycleStatus(GoalLifecycleStatus.ACTIVE).build();
    assertThat(g.gasWeight()).isEqualTo(1.0);
    assertThat(g.target()).isEmpty();
    Goal done = Goal.builder().from(g).achievementStatus(GoalAchievementStatus.ACHIEVED).build();
    assertThat(done.achievementStatus()).contains(GoalAchievementStatus.ACHIEVED);
    assertThat(g.achievementStatus()).isEmpty();
  }

  @Test
  void everyMissingPartIsReportedAtOnce() {
    assertThatThrownBy(() -> Goal.builder().gasWeight(0).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.code().code() + "@" + v.path())
            .containsExactlyInAnyOrder("value.required@id", "value.required@description",
                "value.required@lifecycleStatus", "gas.weight-invalid@gasWeight"));
  }

  @Test
  void attemptWithGasOutOfRangeIsRefused() {
    assertThatThrownBy(() -> GoalAttempt.builder().id("e1").at(T).goalId("g1").gasLevel(3).build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.GAS_LEVEL_OUT_OF_RANGE, "gasLevel")).isTrue());
  }

  @Test
  void attemptThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> GoalAttempt.builder().id("e1").at(T).until(T.minusSeconds(1)).goalId("g1").build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.END_BEFORE_START, "until")).isTrue());
  }

  @Test
  void attemptBuildsWithEveryField() {
    GoalAttempt a = GoalAttempt.builder().id("e1").at(T).until(T.plusSeconds(60)).goalId("g1")
        .assistance(AssistanceCodes.MODELLED).outcome(AttemptOutcome.MET).gasLevel(2).build();
    assertThat(a.gasLevel()).hasValue(2);
    assertThat(a.end()).isEqualTo(T.plusSeconds(60));
  }

  @Test
  void lifecycleStatusesMapOneToOneOntoFhirGoalStatus() {
    List<String> fhir = List.of("proposed", "planned", "accepted", "active", "on-hold", "completed",
        "cancelled", "entered-in-error", "rejected");
    List<String> ours = new ArrayList<>();
    for (GoalLifecycleStatus s : GoalLifecycleStatus.values()) {
      ours.add(s.fhirCode());
      assertThat(GoalLifecycleStatus.fromFhirCode(s.fhirCode())).contains(s);
    }
    assertThat(ours).containsExactlyInAnyOrderElementsOf(fhir);
    assertThat(GoalLifecycleStatus.fromFhirCode("draft")).isEmpty();
  }

  @Test
  void achievementStatusesMapOneToOneOntoFhirGoalAchievement() {
    List<String> fhir = List.of("in-progress", "improving", "worsening", "no-change", "achieved",
        "sustaining", "not-achieved", "no-progress", "not-attainable");
    List<String> ours = new ArrayList<>();
    for (GoalAchievementStatus s : GoalAchievementStatus.values()) {
      ours.add(s.fhirCode());
      assertThat(GoalAchievementStatus.fromFhirCode(s.fhirCode())).contains(s);
    }
    assertThat(ours).containsExactlyInAnyOrderElementsOf(fhir);
    assertThat(GoalAchievementStatus.fromFhirCode("done")).isEmpty();
  }
}
