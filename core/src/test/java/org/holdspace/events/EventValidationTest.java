package org.holdspace.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.holdspace.connection.ConnectionObservation;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.demand.Activity;
import org.holdspace.demand.ActivityCodes;
import org.holdspace.demand.DemandLevel;
import org.holdspace.demand.EnvironmentFactor;
import org.holdspace.demand.EnvironmentFactorCodes;
import org.holdspace.readiness.ReadinessAssessment;
import org.holdspace.readiness.ReadinessIndicator;
import org.holdspace.readiness.ReadinessLevel;
import org.holdspace.regulation.ArousalBand;
import org.holdspace.regulation.RegulationMode;
import org.holdspace.regulation.RegulationObservation;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.sensory.SensorySupport;
import org.holdspace.sensory.SensorySupportCodes;
import org.holdspace.sensory.SensorySystem;
import org.holdspace.sensory.SupportEffect;
import org.holdspace.sensory.SupportResponse;
import org.holdspace.session.ClinicianNote;
import org.holdspace.validation.CoreViolation;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Each library event type: it builds with its fields, and it refuses what is missing or inverted. */
class EventValidationTest {
  private static final Instant T = Instant.parse("2026-03-02T09:10:00Z");

  @Test
  void regulationObservationKeepsBandSignsModeAndLabel() {
    RegulationObservation o = RegulationObservation.builder().id("e1").at(T).until(T.plusSeconds(60))
        .band(ArousalBand.SHUT_DOWN).addSign(RegulationSignCodes.WITHDRAWAL).addSign(RegulationSignCodes.WITHDRAWAL)
        .mode(RegulationMode.CO_REGULATED).label(org.holdspace.code.Code.of("https://ehr.example/zones", "blue"))
        .build();
    assertThat(o.signs()).containsExactly(RegulationSignCodes.WITHDRAWAL);
    assertThat(o.band().distanceFromRegulated()).isEqualTo(1);
    assertThat(o.label()).isPresent();
  }

  @Test
  void regulationObservationWithoutBandIsRefused() {
    assertThatThrownBy(() -> RegulationObservation.builder().id("e1").at(T).build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.REQUIRED, "band")).isTrue());
  }

  @Test
  void arousalBandsAreOrderedByDistanceFromRegulated() {
    assertThat(ArousalBand.REGULATED.distanceFromRegulated()).isZero();
    assertThat(ArousalBand.SHUT_DOWN.distanceFromRegulated()).isEqualTo(1);
    assertThat(ArousalBand.ESCALATED.distanceFromRegulated()).isEqualTo(1);
    assertThat(ArousalBand.CRISIS.distanceFromRegulated()).isEqualTo(2);
  }

  @Test
  void supportWithoutWhatOrResponseIsRefusedWithBoth() {
    assertThatThrownBy(() -> SensorySupport.builder().id("e1").at(T).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.has(CoreViolation.REQUIRED, "support")).isTrue();
          assertThat(e.has(CoreViolation.REQUIRED, "response")).isTrue();
          assertThat(e.typeName()).isEqualTo("SensorySupport");
        });
  }

  @Test
  void declinedSupportIsAValidRecord() {
    SensorySupport s = SensorySupport.builder().id("e1").at(T).support(SensorySupportCodes.FIDGET)
        .addSystem(SensorySystem.TACTILE).response(SupportResponse.DECLINED)
        .effect(SupportEffect.NO_VISIBLE_CHANGE).build();
    assertThat(s.response()).isEqualTo(SupportResponse.DECLINED);
    assertThat(s.until()).isEmpty();
    assertThat(s.end()).isEqualTo(T);
  }

  @Test
  void activityNeedsWhatAndDemand() {
    assertThatThrownBy(() -> Activity.builder().id("e1").at(T).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.has(CoreViolation.REQUIRED, "activity")).isTrue();
          assertThat(e.has(CoreViolation.REQUIRED, "demand")).isTrue();
        });
    assertThat(Activity.builder().id("e1").at(T).activity(ActivityCodes.TABLE_TASK).demand(DemandLevel.HIGH)
        .build().demand()).isEqualTo(DemandLevel.HIGH);
  }

  @Test
  void environmentFactorThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> EnvironmentFactor.builder().id("e1").at(T).until(T.minusSeconds(5))
        .factor(EnvironmentFactorCodes.NOISE).build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.END_BEFORE_START, "until")).isTrue());
  }

  @Test
  void readinessIndicatorBothMetAndNotMetIsRefused() {
    assertThatThrownBy(() -> ReadinessAssessment.builder().id("e1").at(T).assessedBy("t-1")
        .level(ReadinessLevel.EMERGING)
        .addIndicatorsMet(ReadinessIndicator.REGULATED).addIndicatorsNotMet(ReadinessIndicator.REGULATED).build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.INDICATOR_CONTRADICTION, "indicatorsNotMet")).isTrue());
  }

  @Test
  void readinessNeedsWhoAssessedIt() {
    assertThatThrownBy(() -> ReadinessAssessment.builder().id("e1").at(T).level(ReadinessLevel.READY).build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.REQUIRED, "assessedBy")).isTrue());
  }

  @Test
  void connectionNeedsASign() {
    assertThatThrownBy(() -> ConnectionObservation.builder().id("e1").at(T).build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.REQUIRED, "sign")).isTrue());
    assertThat(ConnectionObservation.builder().id("e1").at(T).sign(ConnectionSignCodes.SOUGHT_PROXIMITY).build()
        .sign()).isEqualTo(ConnectionSignCodes.SOUGHT_PROXIMITY);
  }

  @Test
  void noteWithBlankIdAndNoTimeIsRefusedWithBoth() {
    assertThatThrownBy(() -> ClinicianNote.builder().id("  ").text("x").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.has(CoreViolation.BLANK, "id")).isTrue();
          assertThat(e.has(CoreViolation.REQUIRED, "at")).isTrue();
        });
  }

  @Test
  void goalAttemptCountsAreRecordedAndCorrectNeverExceedsOpportunities() {
    org.holdspace.goal.GoalAttempt a = org.holdspace.goal.GoalAttempt.builder().id("g1").at(T).goalId("g-turns")
        .opportunities(10).correctResponses(7).build();
    assertThat(a.opportunities()).hasValue(10);
    assertThat(a.correctResponses()).hasValue(7);
    assertThatThrownBy(() -> org.holdspace.goal.GoalAttempt.builder().id("g1").at(T).goalId("g-turns")
        .opportunities(5).correctResponses(6).build()).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.CORRECT_ABOVE_OPPORTUNITIES, "correctResponses")).isTrue());
    assertThatThrownBy(() -> org.holdspace.goal.GoalAttempt.builder().id("g1").at(T).goalId("g-turns")
        .correctResponses(2).build()).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.CORRECT_ABOVE_OPPORTUNITIES, "correctResponses")).isTrue());
    assertThatThrownBy(() -> org.holdspace.goal.GoalAttempt.builder().id("g1").at(T).goalId("g-turns")
        .opportunities(-1).build()).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.has(CoreViolation.OUT_OF_RANGE, "opportunities")).isTrue());
  }
}
