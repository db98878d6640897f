package org.holdspace.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.holdspace.testkit.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.holdspace.caregiver.CaregiverCodes;
import org.holdspace.caregiver.Handover;
import org.holdspace.caregiver.RoleCodes;
import org.holdspace.evaluation.Evaluator;
import org.holdspace.evaluation.rules.StandardRules;
import org.holdspace.incident.AntecedentCodes;
import org.holdspace.incident.IncidentRecord;
import org.holdspace.incident.Injury;
import org.holdspace.incident.Notification;
import org.holdspace.incident.PhysicalInterventionCodes;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.scenario.PublicScenario;
import org.holdspace.session.Session;
import org.holdspace.testkit.Generators;
import org.holdspace.testkit.HandWrittenEvents;
import org.holdspace.timeline.SessionEvent;
import org.holdspace.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The note's lines for the records of DOMAIN.md's "Records for the note" (version 3): an incident
 * record as it holds it and no more, a plan line for a harm sign no record documents, the
 * handover. Scenario Q (09:00 Europe/London; one aggressive act at 09:02, observation q02) with the
 * records a clinician would add; the expected lines are written here from those records.
 */
class NoteRecordsTest {
  private static final Evaluator EVALUATOR = Evaluator.of(StandardRules.ruleSet());
  private static final Narrator ENGLISH = Narrator.of(Locale.ENGLISH);
  private static final Narrator SPANISH = Narrator.of(Locale.forLanguageTag("es"));
  private static final String ACCOUNT = "Zed-Sentinel threw the block";
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private static Instant minute(int m) {
    return START.plus(Duration.ofMinutes(m));
  }

  private static IncidentRecord record() {
    return IncidentRecord.builder().id("q-ir").at(minute(2)).harmSign(RegulationSignCodes.AGGRESSION)
        .antecedent(AntecedentCodes.TRANSITION).injury(Injury.NONE)
        .physicalIntervention(PhysicalInterventionCodes.BLOCKING)
        .addTold(Notification.of(CaregiverCodes.PARENT, minute(60)))
        .addTold(Notification.of(RoleCodes.SUPERVISOR, Instant.parse("2026-03-03T08:30:00Z")))
        .account(ACCOUNT).build();
  }

  private static Session withRecords(SessionEvent... events) {
    Session q = PublicScenario.ONE_HARD_MOMENT_THEN_HELD.session();
    return Session.builder().from(q).addEvents(events).build();
  }

  private static SessionNote note(Narrator n, Session s) {
    return n.sessionNote(s, EVALUATOR.evaluate(s));
  }

  private static List<String> texts(List<Statement> part) {
    List<String> out = new ArrayList<>();
    part.forEach(st -> out.add(st.text()));
    return out;
  }

  @Test
  void anIncidentRecordIsSaidAsItHoldsItBackedByTheRecord() {
    Session s = withRecords(record(), Handover.builder().id("q-h").at(minute(60)).to(CaregiverCodes.PARENT).build());
    SessionNote en = note(ENGLISH, s);
    // told the supervisor the next morning: the date is given, since it is not the session's day
    assertThat(texts(en.assessment())).contains(
        "Incident record, 09:02: aggression; just before: a transition; injury: none; physical intervention: "
            + "blocking; told: parent (10:00), supervisor (2026-03-03 08:30); the clinician's own account is in "
            + "the record.",
        "10:00 Handed over to: parent.");
    assertThat(en.statements()).filteredOn(st -> st.key().equals("note.a.incident-record"))
        .singleElement().satisfies(st -> assertThat(st.evidence()).containsExactly("q-ir"));
    assertThat(en.statements()).filteredOn(st -> st.key().equals("note.a.handover"))
        .singleElement().satisfies(st -> assertThat(st.evidence()).containsExactly("q-h"));
    assertThat(keys(en.plan())).doesNotContain("note.p.record-incident");
    assertThat(texts(note(SPANISH, s).assessment())).contains(
        "Registro del incidente, 09:02: agresión; justo antes: una transición; lesiones: ninguna; intervención "
            + "física: bloqueo; se informó a: madre o padre (10:00), supervisión (2026-03-03 08:30); el relato del "
            + "o de la profesional consta en el registro.",
        "10:00 Entrega al final de la sesión a: madre o padre.");
  }

  @Test
  void aRecordWithoutAntecedentOrTellingSaysSo() {
    IncidentRecord bare = IncidentRecord.builder().id("q-ir").at(minute(3)).harmSign(RegulationSignCodes.AGGRESSION)
        .injury(Injury.TO_OTHERS).physicalIntervention(PhysicalInterventionCodes.NONE).build();
    assertThat(texts(note(ENGLISH, withRecords(bare)).assessment())).contains(
        "Incident record, 09:03: aggression; just before: not recorded; injury: someone else was hurt; physical "
            + "intervention: none; told: no one recorded.");
  }

  @Test
  void aHarmSignWithoutARecordAsksForOne() {
    Session q = PublicScenario.ONE_HARD_MOMENT_THEN_HELD.session();
    SessionNote en = note(ENGLISH, q);
    assertThat(en.plan()).filteredOn(st -> st.key().equals("note.p.record-incident")).singleElement()
        .satisfies(st -> {
          assertThat(st.evidence()).containsExactly("q02");
          assertThat(st.text()).isEqualTo("Incident record: complete it for aggression at 09:02 (what came just "
              + "before, injury, any physical intervention, who was told and when).");
        });
    // a record of another sign, or one written long after, does not document it
    IncidentRecord other = IncidentRecord.builder().from(record()).harmSign(RegulationSignCodes.SELF_INJURY).build();
    IncidentRecord late = record().withAt(minute(8));
    assertThat(keys(note(ENGLISH, withRecords(other)).plan())).contains("note.p.record-incident");
    assertThat(keys(note(ENGLISH, withRecords(late)).plan())).contains("note.p.record-incident");
    // five minutes either side of the observation still documents it
    assertThat(keys(note(ENGLISH, withRecords(record().withAt(minute(7)))).plan()))
        .doesNotContain("note.p.record-incident");
  }

  @Test
  void theClinicianAccountIsNeverRepeatedNorShownInToString() {
    Session s = withRecords(record());
    for (Narrator n : List.of(ENGLISH, SPANISH)) {
      assertThat(note(n, s).text()).doesNotContain("Zed-Sentinel");
    }
    assertThat(record().toString()).doesNotContain("Zed-Sentinel").contains("***");
    assertThat(s.toString()).doesNotContain("Zed-Sentinel");
  }

  @Test
  void someoneToldBeforeTheIncidentIsRefusedWithWhereNotWhat() {
    assertThatThrownBy(() -> IncidentRecord.builder().from(record())
        .told(List.of(Notification.of(CaregiverCodes.PARENT, minute(1)))).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code().code()).isEqualTo("incident.told-before-incident");
            assertThat(v.path()).isEqualTo("told[0].at");
          });
          assertThat(e.getMessage()).doesNotContain("Zed-Sentinel");
        });
    assertThatThrownBy(() -> IncidentRecord.builder().id("i").at(START).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path()).contains("harmSign", "injury", "physicalIntervention"));
    assertThatThrownBy(() -> Handover.builder().id("h").at(START).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path()).containsExactly("to"));
  }

  @Test
  void aVendorsOwnRecordsGiveTheSameNote() {
    qt(150).forAll(Generators.stories()).checkAssert(s -> {
      Session twin = Session.builder().from(s).events(HandWrittenEvents.copyOf(s.events())).build();
      assertThat(note(ENGLISH, twin).text()).isEqualTo(note(ENGLISH, s).text());
    });
  }

  private static List<String> keys(List<Statement> part) {
    List<String> out = new ArrayList<>();
    part.forEach(st -> out.add(st.key()));
    return out;
  }
}
