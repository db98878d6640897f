package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.holdspace.evaluation.Assessment;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.EventKind;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Nothing is lost: read(write(x)) equals x. */
class RoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(VendorCodecs.module());
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (Exception e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  @ParameterizedTest
  @EnumSource(PublicScenario.class)
  void everyPublicScenarioRoundTrips(PublicScenario scenario) {
    Session s = scenario.session();
    assertThat(read(write(s), Session.class)).isEqualTo(s);
  }

  @Test
  void generatedSessionsOfEveryKindRoundTrip() {
    java.util.Set<Class<?>> kinds = new java.util.HashSet<>();
    qt(1000).forAll(Generators.sessions().mix(Generators.vendorSessions(), 30)).checkAssert(s -> {
      s.events().forEach(e -> kinds.add(LibraryTypes.kindOf(e)));
      String json = write(s);
      Session back = read(json, Session.class);
      assertThat(back).isEqualTo(s);
      assertThat(back.getClass()).isEqualTo(s.getClass());
      assertThat(write(back)).isEqualTo(json);
    });
    assertThat(kinds).as("every library event kind was generated").containsAll(Arrays.stream(EventKind.values()).map(EventKind::type).collect(Collectors.toList()));
  }

  @Test
  void caregiverEventsHaveTheDocumentedWireForm() {
    Session a = PublicScenario.HARD_DAY.session();
    java.time.Instant nine = a.planned().start();
    java.util.List<org.holdspace.timeline.SessionEvent> events = new java.util.ArrayList<>(a.events());
    events.add(org.holdspace.caregiver.CaregiverReport.builder().id("c1").at(nine)
        .addConcern(org.holdspace.caregiver.CaregiverReportCodes.SHORT_NIGHT).words("slept late").build());
    events.add(org.holdspace.caregiver.CaregiverPresence.builder().id("c2").at(nine).until(nine.plusSeconds(1200))
        .caregiver(org.holdspace.caregiver.CaregiverCodes.PARENT).build());
    events.add(org.holdspace.caregiver.CaregiverCoaching.builder().id("c3").at(nine.plusSeconds(3300))
        .strategy(org.holdspace.sensory.SensorySupportCodes.DEEP_PRESSURE)
        .step(org.holdspace.caregiver.CoachingStep.TO_TRY_AT_HOME).build());
    Session s = a.withEvents(events);
    String json = write(s);
    assertThat(json).contains("{\"type\":\"caregiverReport\",\"id\":\"c1\",\"at\":\"2026-03-02T09:00:00Z\","
        + "\"concerns\":[{\"system\":\"https://holdspace.org/codes/caregiver-report\",\"code\":\"short-night\","
        + "\"display\":\"Short night\"}],\"words\":\"slept late\"}");
    assertThat(json).contains("{\"type\":\"caregiverPresence\",\"id\":\"c2\",\"at\":\"2026-03-02T09:00:00Z\","
        + "\"until\":\"2026-03-02T09:20:00Z\",\"caregiver\":{\"system\":\"https://holdspace.org/codes/caregiver\","
        + "\"code\":\"parent\",\"display\":\"Parent\"}}");
    assertThat(json).contains("{\"type\":\"caregiverCoaching\",\"id\":\"c3\",\"at\":\"2026-03-02T09:55:00Z\","
        + "\"strategy\":{\"system\":\"https://holdspace.org/codes/sensory-support\",\"code\":\"deep-pressure\","
        + "\"display\":\"Deep pressure\"},\"step\":\"to-try-at-home\"}");
    assertThat(read(json, Session.class)).isEqualTo(s);
  }

  @Test
  void incidentRecordsAndHandoversHaveTheDocumentedWireForm() {
    Session a = PublicScenario.ONE_HARD_MOMENT_THEN_HELD.session();
    java.time.Instant two = a.planned().start().plusSeconds(120);
    java.util.List<org.holdspace.timeline.SessionEvent> events = new java.util.ArrayList<>(a.events());
    events.add(org.holdspace.incident.IncidentRecord.builder().id("i1").at(two)
        .harmSign(org.holdspace.regulation.RegulationSignCodes.AGGRESSION)
        .antecedent(org.holdspace.incident.AntecedentCodes.TRANSITION)
        .injury(org.holdspace.incident.Injury.TO_CHILD_AND_OTHERS)
        .physicalIntervention(org.holdspace.incident.PhysicalInterventionCodes.NONE)
        .addTold(org.holdspace.incident.Notification.of(org.holdspace.caregiver.CaregiverCodes.PARENT,
            two.plusSeconds(3480)))
        .account("threw a block").build());
    events.add(org.holdspace.caregiver.Handover.builder().id("h1").at(a.planned().end())
        .to(org.holdspace.caregiver.RoleCodes.SCHOOL_STAFF).build());
    Session s = a.withEvents(events);
    String json = write(s);
    assertThat(json).contains("{\"type\":\"incidentRecord\",\"id\":\"i1\",\"at\":\"2026-03-02T09:02:00Z\","
        + "\"harmSign\":{\"system\":\"https://holdspace.org/codes/regulation-sign\",\"code\":\"aggression\","
        + "\"display\":\"Aggression\"},\"antecedent\":{\"system\":\"https://holdspace.org/codes/antecedent\","
        + "\"code\":\"transition\",\"display\":\"A transition\"},\"injury\":\"to-child-and-others\","
        + "\"physicalIntervention\":{\"system\":\"https://holdspace.org/codes/physical-intervention\","
        + "\"code\":\"none\",\"display\":\"None\"},\"told\":[{\"role\":{\"system\":"
        + "\"https://holdspace.org/codes/caregiver\",\"code\":\"parent\",\"display\":\"Parent\"},"
        + "\"at\":\"2026-03-02T10:00:00Z\"}],\"account\":\"threw a block\"}");
    assertThat(json).contains("{\"type\":\"handover\",\"id\":\"h1\",\"at\":\"2026-03-02T10:00:00Z\","
        + "\"to\":{\"system\":\"https://holdspace.org/codes/role\",\"code\":\"school-staff\","
        + "\"display\":\"School staff\"}}");
    assertThat(read(json, Session.class)).isEqualTo(s);
    // someone told before the incident: refused where, never what
    String early = json.replace("2026-03-02T10:00:00Z\"}],\"account", "2026-03-02T08:00:00Z\"}],\"account");
    assertThatThrownBy(() -> HoldspaceJson.standard().readSession(early.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(HoldspaceJsonException.class, e -> {
      assertThat(e.violations()).extracting(v -> v.path() + " " + v.code().code())
          .containsExactly("events[5].told[0].at incident.told-before-incident");
      assertThat(e.getMessage()).doesNotContain("threw a block");
    });
  }

  @Test
  void assessmentsRoundTrip() {
    qt(300).forAll(Generators.sessions()).checkAssert(s -> {
      Assessment a = EVALUATOR.evaluate(s);
      assertThat(read(write(a), Assessment.class)).isEqualTo(a);
    });
    for (PublicScenario p : PublicScenario.values()) {
      Assessment a = EVALUATOR.evaluate(p.session());
      assertThat(read(write(a), Assessment.class)).isEqualTo(a);
    }
  }

  @Test
  void fieldOrderDoesNotMatterWhenReading() throws Exception {
    Session s = PublicScenario.STEADY_SESSION.session();
    JsonNode tree = MAPPER.readTree(write(s));
    com.fasterxml.jackson.databind.node.ObjectNode reversed = MAPPER.createObjectNode();
    java.util.List<String> names = new java.util.ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    for (String n : names) {
      JsonNode value = tree.get(n);
      if (n.equals("events")) {
        com.fasterxml.jackson.databind.node.ArrayNode events = MAPPER.createArrayNode();
        for (JsonNode e : value) {
          com.fasterxml.jackson.databind.node.ObjectNode moved = MAPPER.createObjectNode();
          java.util.List<String> fields = new java.util.ArrayList<>();
          e.fieldNames().forEachRemaining(fields::add);
          java.util.Collections.reverse(fields);
          fields.forEach(f -> moved.set(f, e.get(f)));
          events.add(moved);
        }
        value = events;
      }
      reversed.set(n, value);
    }
    assertThat(reversed.fieldNames().next()).isNotEqualTo("schemaVersion");
    assertThat(read(MAPPER.writeValueAsString(reversed), Session.class)).isEqualTo(s);
  }
}
