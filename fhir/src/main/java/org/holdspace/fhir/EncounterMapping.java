package org.holdspace.fhir;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.holdspace.code.Code;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.Session;
import org.holdspace.session.SessionStatus;
import org.holdspace.session.SettingCodes;
import org.holdspace.timeline.Interval;

/**
 * A session as an {@code Encounter}: status {@code finished} for a session that took place and
 * {@code cancelled} for one that did not, with Holdspace's exact status as an extension (R4 has no
 * no-show and no status reason); class from the setting (clinic AMB, home HH, telehealth VR,
 * school and community FLD, other or none AMB); the discipline as type and service type; the
 * actual time as the period and the planned time, setting, end reason and display zone as
 * extensions; the client as a logical subject and the clinician as a logical participant.
 */
final class EncounterMapping {
  static final String SESSION_TYPE = Urls.EXTENSIONS + "session-type";

  private static final Map<String, String> CLASS_BY_SETTING = Map.of(
      SettingCodes.CLINIC.code(), "AMB", SettingCodes.HOME.code(), "HH", SettingCodes.TELEHEALTH.code(), "VR",
      SettingCodes.SCHOOL.code(), "FLD", SettingCodes.COMMUNITY.code(), "FLD");
  private static final Map<String, String> CLASS_DISPLAY = Map.of(
      "AMB", "ambulatory", "HH", "home health", "VR", "virtual", "FLD", "field");

  private static final String SERVICE_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/service-type";
  private static final Map<String, String[]> SERVICE_TYPE = Map.of(
      DisciplineCodes.OCCUPATIONAL_THERAPY.code(), new String[] {"61", "Occupational Therapy"},
      DisciplineCodes.SPEECH_AND_LANGUAGE_THERAPY.code(), new String[] {"68", "Speech Pathology/Therapy"},
      DisciplineCodes.PHYSIOTHERAPY.code(), new String[] {"65", "Physiotherapy"});

  private EncounterMapping() {}

  static Encounter write(Session s, Writing out) {
    Encounter e = new Encounter();
    e.addIdentifier(Writing.identifier(out.identity.sessionSystem(), s.id()));
    e.setStatus(s.status().isHeld() ? Encounter.EncounterStatus.FINISHED : Encounter.EncounterStatus.CANCELLED);
    e.addExtension(Writing.extension(Urls.SESSION_STATUS, s.status()));
    String actClass = s.setting().filter(c -> c.system().equals(SettingCodes.SYSTEM))
        .map(c -> CLASS_BY_SETTING.getOrDefault(c.code(), "AMB")).orElse("AMB");
    e.setClass_(new Coding(Urls.ACT_CODE, actClass, CLASS_DISPLAY.get(actClass)));
    e.addType(Writing.concept(s.discipline()));
    e.setServiceType(Writing.concept(s.discipline()));
    serviceType(s.discipline()).ifPresent(c -> e.getServiceType().addCoding(c));
    e.setSubject(out.subject());
    e.addParticipant().setIndividual(out.clinician(s.clinicianId()));
    s.actual().ifPresent(a -> e.setPeriod(Writing.period(a)));
    e.addExtension(Urls.PLANNED_PERIOD, Writing.period(s.planned()));
    s.setting().ifPresent(c -> e.addExtension(Urls.SETTING, Writing.coding(c)));
    s.endReason().ifPresent(c -> e.addExtension(Urls.END_REASON, Writing.coding(c)));
    s.zone().ifPresent(z -> e.addExtension(Urls.ZONE, new CodeType(z.getId())));
    s.familyLanguage().ifPresent(l -> e.addExtension(Urls.FAMILY_LANGUAGE, new CodeType(l.toLanguageTag())));
    s.interpreterUsed().ifPresent(u -> e.addExtension(Urls.INTERPRETER_USED, new BooleanType(u)));
    return e;
  }

  /**
   * Reads every field of {@link Session} but goals and events into {@code b}. Tolerant reading
   * takes what another system's Encounter has where the library's own elements are missing, and
   * adds a line to {@code defaults} for each: the resource id as the session id, the first
   * participant that names a clinician, the first coding of the first type (else of the service
   * type) as the discipline, the actual period as the planned one.
   */
  static void read(Encounter e, String at, Session.Builder b, Reading in, boolean tolerant, List<String> defaults) {
    if (tolerant && !hasIdentifier(e, in.identity.sessionSystem()) && Entries.idOf(e) != null) {
      b.id(Entries.idOf(e));
      defaults.add("no session identifier: the Encounter's id taken as the session id");
    } else {
      b.id(Reading.identifier(e.getIdentifier(), in.identity.sessionSystem(), at));
    }
    b.clientId(in.client(e.getSubject(), at + ".subject"));
    if (tolerant && e.getParticipant().size() > 1) {
      b.clinicianId(firstClinician(e, at, in));
      defaults.add("several participants: the first that names a clinician taken as the clinician");
    } else if (e.getParticipant().size() != 1) {
      throw e.getParticipant().isEmpty() ? Reading.missing(at + ".participant", "the clinician as participant")
          : Reading.fail(HoldspaceFhirException.Problem.DUPLICATE_ELEMENT, at + ".participant[1]");
    } else {
      b.clinicianId(in.clinician(e.getParticipantFirstRep().getIndividual(), at + ".participant[0].individual"));
    }
    b.discipline(tolerant ? discipline(e, at, defaults) : discipline(e, at));
    b.status(status(e, at));
    if (e.hasPeriod()) {
      Period p = e.getPeriod();
      b.actual(interval(p, at + ".period"));
    }
    if (tolerant && e.getExtensionByUrl(Urls.PLANNED_PERIOD) == null) {
      if (!e.hasPeriod()) {
        throw Reading.missing(at + ".period", "a period: when the session took place");
      }
      b.planned(interval(e.getPeriod(), at + ".period"));
      defaults.add("no planned time: the actual period taken as planned");
    } else {
      Period planned = Reading.requiredValue(e, Urls.PLANNED_PERIOD, Period.class, at);
      b.planned(interval(planned, Reading.extensionLocation(at, Urls.PLANNED_PERIOD) + ".value"));
    }
    Reading.extension(e, Urls.SETTING, at).ifPresent(x -> b.setting(code(x.getValue(), Urls.SETTING, at)));
    Reading.extension(e, Urls.END_REASON, at).ifPresent(x -> b.endReason(code(x.getValue(), Urls.END_REASON, at)));
    Reading.extension(e, Urls.ZONE, at).ifPresent(x -> {
      String where = Reading.extensionLocation(at, Urls.ZONE) + ".value";
      try {
        b.zone(ZoneId.of(Reading.value(x, CodeType.class, at).getValue()));
      } catch (DateTimeException bad) {
        throw Reading.invalid(where);
      }
    });
    Reading.extension(e, Urls.FAMILY_LANGUAGE, at).ifPresent(x -> b.familyLanguage(
        Locale.forLanguageTag(Reading.value(x, CodeType.class, at).getValue())));
    Reading.extension(e, Urls.INTERPRETER_USED, at).ifPresent(x -> b.interpreterUsed(
        Reading.value(x, BooleanType.class, at).booleanValue()));
  }

  private static boolean hasIdentifier(Encounter e, String system) {
    return e.getIdentifier().stream().anyMatch(id -> system.equals(id.getSystem()));
  }

  /** The discipline, strictly: the one type, with one coding. */
  private static Code discipline(Encounter e, String at) {
    if (e.getType().size() != 1) {
      throw e.getType().isEmpty() ? Reading.missing(at + ".type", "one type naming the discipline")
          : Reading.fail(HoldspaceFhirException.Problem.DUPLICATE_ELEMENT, at + ".type[1]");
    }
    return Reading.code(e.getTypeFirstRep(), at + ".type[0]");
  }

  /** The discipline, tolerantly: the first coding of the first type, else of the service type. */
  private static Code discipline(Encounter e, String at, List<String> defaults) {
    if (e.getType().size() == 1 && e.getTypeFirstRep().getCoding().size() == 1) {
      return Reading.code(e.getTypeFirstRep(), at + ".type[0]");
    }
    for (int i = 0; i < e.getType().size(); i++) {
      if (e.getType().get(i).hasCoding()) {
        defaults.add("several types or codings: the first coding taken as the discipline");
        return Reading.code(e.getType().get(i).getCodingFirstRep(), at + ".type[" + i + "].coding[0]");
      }
    }
    if (e.hasServiceType() && e.getServiceType().hasCoding()) {
      defaults.add("no type: the service type's first coding taken as the discipline");
      return Reading.code(e.getServiceType().getCodingFirstRep(), at + ".serviceType.coding[0]");
    }
    throw Reading.missing(at + ".type", "a type or service type naming the discipline");
  }

  /** The first participant whose individual names a clinician. */
  private static String firstClinician(Encounter e, String at, Reading in) {
    for (int i = 0; i < e.getParticipant().size(); i++) {
      Reference individual = e.getParticipant().get(i).getIndividual();
      try {
        return in.clinician(individual, at + ".participant[" + i + "].individual");
      } catch (HoldspaceFhirException notAClinician) {
        // the next one may be
      }
    }
    throw Reading.invalid(at + ".participant", "a participant naming a Practitioner");
  }

  /** The Holdspace status: the extension when present, else what FHIR's status alone can say. */
  private static SessionStatus status(Encounter e, String at) {
    var ext = Reading.extension(e, Urls.SESSION_STATUS, at);
    if (ext.isPresent()) {
      String where = Reading.extensionLocation(at, Urls.SESSION_STATUS) + ".value";
      SessionStatus s = Reading.constant(SessionStatus.class, Reading.value(ext.get(), Coding.class, at), where);
      Encounter.EncounterStatus expected =
          s.isHeld() ? Encounter.EncounterStatus.FINISHED : Encounter.EncounterStatus.CANCELLED;
      if (e.getStatus() != expected) {
        throw Reading.invalid(at + ".status"); // the two disagree
      }
      return s;
    }
    if (e.getStatus() == Encounter.EncounterStatus.FINISHED) {
      return SessionStatus.COMPLETED;
    }
    if (e.getStatus() == Encounter.EncounterStatus.CANCELLED) {
      return SessionStatus.CANCELLED;
    }
    throw e.hasStatus() ? Reading.invalid(at + ".status", "finished or cancelled: a session that took place or did not")
        : Reading.missing(at + ".status", "finished or cancelled");
  }

  private static Interval interval(Period p, String at) {
    Instant start = Reading.instant(p.getStartElement(), at + ".start");
    Instant end = Reading.instant(p.getEndElement(), at + ".end");
    if (end.isBefore(start)) {
      throw Reading.invalid(at + ".end");
    }
    return Interval.of(start, end);
  }

  private static Code code(org.hl7.fhir.r4.model.Type value, String url, String at) {
    String where = Reading.extensionLocation(at, url) + ".value";
    if (!(value instanceof Coding)) {
      throw value == null ? Reading.missing(where) : Reading.invalid(where);
    }
    return Reading.code((Coding) value, where);
  }

  /** R4's service type (http://terminology.hl7.org/CodeSystem/service-type) of a library discipline. */
  private static java.util.Optional<Coding> serviceType(Code discipline) {
    if (!discipline.system().equals(DisciplineCodes.SYSTEM)) {
      return java.util.Optional.empty();
    }
    String[] code = SERVICE_TYPE.getOrDefault(discipline.code(), new String[] {"461", "Therapy"});
    return java.util.Optional.of(new Coding(SERVICE_TYPE_SYSTEM, code[0], code[1]));
  }

  static boolean hasVendorType(Encounter e) {
    return e.getExtensionByUrl(SESSION_TYPE) != null;
  }

  static String vendorType(Encounter e, String at) {
    return Reading.requiredValue(e, SESSION_TYPE, StringType.class, at).getValue();
  }
}
