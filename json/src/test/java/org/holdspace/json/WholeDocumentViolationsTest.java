package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.holdspace.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md invariant 4 for JSON: a valid document with k independent faults in different places
 * (k = 1 to 6; in events, in their codes, in goals; some a value's own violation, some its
 * session's) is refused once, with exactly those k violations, each at its path from the root.
 */
class WholeDocumentViolationsTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final HoldspaceJson JSON = HoldspaceJson.standard();

  /** The kinds of fault, each giving one known violation where it is put. */
  private static final int END_BEFORE_START = 0;
  private static final int GAS_LEVEL = 1;
  private static final int DUPLICATE_ID = 2;
  private static final int OUTSIDE_SESSION = 3;
  private static final int BLANK_CODE = 4;
  private static final int GOAL_BASELINE = 5;

  @Test
  void kIndependentFaultsAreRefusedAsExactlyThoseKViolations() {
    java.util.concurrent.atomic.AtomicIntegerArray byK = new java.util.concurrent.atomic.AtomicIntegerArray(7);
    qt(200).forAll(Generators.heldSessions(), lists().of(integers().between(0, 5)).ofSizeBetween(1, 6))
        .checkAssert((session, faults) -> {
          ObjectNode doc = treeOrNull(session);
          if (doc == null) {
            return; // a session with the test vendor's own events, which the standard module does not write
          }
          Set<String> expected = new HashSet<>();
          List<Integer> used = new ArrayList<>(); // each fault in a place of its own
          for (int fault : faults) {
            String v = inject(doc, fault, used);
            if (v != null) {
              expected.add(v);
            }
          }
          if (expected.isEmpty()) {
            return; // this session offered no place for these faults
          }
          HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
              () -> JSON.readSession(TREES.writeValueAsBytes(doc)));
          assertThat(e).as("refused").isNotNull();
          assertThat(e.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
          Set<String> got = new HashSet<>();
          for (Violation v : e.violations()) {
            got.add(v.path() + " " + v.code().code());
          }
          assertThat(got).isEqualTo(expected);
          assertThat(e.violations()).hasSize(expected.size()); // each once
          byK.incrementAndGet(expected.size());
        });
    // the property saw documents with one fault and with several
    assertThat(byK.get(1)).isPositive();
    assertThat(byK.get(3) + byK.get(4) + byK.get(5) + byK.get(6)).isGreaterThan(20);
  }

  @Test
  void theFourProblemsOfTheReportAreRefusedTogether() throws Exception {
    // an event ending before it starts, a GAS level of 3, a duplicate event id, an event outside the session
    ObjectNode doc = tree(org.holdspace.scenario.PublicScenario.STEADY_SESSION.session());
    List<Integer> used = new ArrayList<>();
    Set<String> expected = new HashSet<>();
    for (int fault : new int[] {GAS_LEVEL, END_BEFORE_START, DUPLICATE_ID, OUTSIDE_SESSION}) {
      expected.add(inject(doc, fault, used));
    }
    assertThat(expected).doesNotContainNull().hasSize(4);
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> JSON.readSession(TREES.writeValueAsBytes(doc)));
    assertThat(e.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
    assertThat(e.violations()).extracting(v -> v.path() + " " + v.code().code()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(e.getMessage()).startsWith("domain violation").contains("invalid document (4 violations)");
  }

  @Test
  void manyViolationsAreCappedAndCountedInOneExceptionOfBoundedSize() throws Exception {
    ObjectNode doc = tree(org.holdspace.scenario.PublicScenario.HARD_DAY.session());
    ArrayNode goals = doc.putArray("goals");
    for (int i = 0; i < 150; i++) {
      goals.addObject().put("id", "g" + i).put("description", "d").put("lifecycleStatus", "active").put("gasBaseline", 0);
    }
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> JSON.readSession(TREES.writeValueAsBytes(doc)));
    assertThat(e.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
    assertThat(e.violations()).hasSize(DocumentViolations.MAX_KEPT);
    assertThat(e.getMessage()).contains("(150 violations)").contains("and 140 more").hasSizeLessThan(2_000);
    assertThat(e.pointer()).isEqualTo("/goals/0/gasBaseline");
  }

  @Test
  void anAssessmentDocumentIsRefusedWithTheViolationsOfEveryFindingAndItsGoalOutcome() throws Exception {
    org.holdspace.evaluation.Assessment a = org.holdspace.evaluation.Evaluator.of(
        org.holdspace.evaluation.rules.StandardRules.ruleSet()).evaluate(org.holdspace.scenario.PublicScenario.STEADY_SESSION.session());
    ObjectNode doc = (ObjectNode) TREES.readTree(JSON.writeAssessment(a));
    ArrayNode findings = (ArrayNode) doc.get("findings");
    assertThat(findings.size()).isGreaterThan(3);
    ((ObjectNode) findings.get(0)).put("key", " ");
    ((ObjectNode) findings.get(3)).put("ruleVersion", -1);
    ((ObjectNode) doc.get("goalOutcome").get("gasLevels")).put("g-extra", 7);
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> JSON.readAssessment(TREES.writeValueAsBytes(doc)));
    assertThat(e.problem()).isEqualTo(Problem.DOMAIN_VIOLATION);
    assertThat(e.violations()).extracting(v -> v.path() + " " + v.code().code()).containsExactlyInAnyOrder(
        "findings[0].key text.blank", "findings[3].ruleVersion value.out-of-range",
        "goalOutcome.gasLevels[" + (a.goalOutcome().gasLevels().size()) + "] gas.level-out-of-range");
  }

  /** Puts one fault of kind {@code fault} into the document, in an event or goal not used before; its expected violation, or null. */
  private static String inject(ObjectNode doc, int fault, List<Integer> used) {
    ArrayNode events = (ArrayNode) doc.get("events");
    Instant start = Instant.parse(doc.get("actual").get("start").asText());
    Instant end = Instant.parse(doc.get("actual").get("end").asText());
    if (fault == GOAL_BASELINE) {
      ArrayNode goals = (ArrayNode) doc.get("goals");
      for (int g = 0; g < goals.size(); g++) {
        if (!used.contains(-1 - g)) {
          used.add(-1 - g);
          ((ObjectNode) goals.get(g)).put("gasBaseline", 0);
          return "goals[" + g + "].gasBaseline gas.baseline-invalid";
        }
      }
      return null;
    }
    for (int i = 0; i < events.size(); i++) {
      if (used.contains(i)) {
        continue;
      }
      ObjectNode e = (ObjectNode) events.get(i);
      Instant at = Instant.parse(e.get("at").asText());
      switch (fault) {
        case END_BEFORE_START:
          if (at.isAfter(start.plusSeconds(1))) {
            used.add(i);
            e.put("until", at.minusSeconds(1).toString());
            return "events[" + i + "].until time.end-before-start";
          }
          break;
        case GAS_LEVEL:
          if (e.get("type").asText().equals("goalAttempt")) {
            used.add(i);
            e.put("gasLevel", 3);
            return "events[" + i + "].gasLevel gas.level-out-of-range";
          }
          break;
        case DUPLICATE_ID:
          for (int j = i + 1; j < events.size(); j++) {
            if (!used.contains(j) && !events.get(j).get("id").asText().equals(e.get("id").asText())) {
              used.add(i);
              used.add(j);
              ((ObjectNode) events.get(j)).put("id", e.get("id").asText());
              return "events[" + j + "].id id.duplicate";
            }
          }
          return null;
        case OUTSIDE_SESSION:
          if (!end.isBefore(start.plusSeconds(7200))) {
            break; // keep clear of planned times
          }
          used.add(i);
          e.remove("until");
          e.put("at", start.minusSeconds(3600).toString());
          return "events[" + i + "].at time.outside-session";
        case BLANK_CODE:
          for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isObject() && f.getValue().has("system") && f.getValue().has("code")) {
              used.add(i);
              ((ObjectNode) f.getValue()).put("code", " ");
              return "events[" + i + "]." + f.getKey() + ".code text.blank";
            }
          }
          break;
        default:
          throw new IllegalArgumentException("fault " + fault);
      }
    }
    return null;
  }

  private static ObjectNode treeOrNull(Session s) {
    try {
      return (ObjectNode) TREES.readTree(JSON.writeSession(s));
    } catch (HoldspaceJsonException e) {
      return null;
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ObjectNode tree(Session s) {
    try {
      return (ObjectNode) TREES.readTree(JSON.writeSession(s));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
