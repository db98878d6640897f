package org.holdspace.json;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Arrays;
import org.holdspace.caregiver.CaregiverCodes;
import org.holdspace.caregiver.CaregiverReportCodes;
import org.holdspace.caregiver.RoleCodes;
import org.holdspace.connection.ConnectionSignCodes;
import org.holdspace.demand.ActivityCodes;
import org.holdspace.demand.EnvironmentFactorCodes;
import org.holdspace.goal.AssistanceCodes;
import org.holdspace.incident.AntecedentCodes;
import org.holdspace.incident.PhysicalInterventionCodes;
import org.holdspace.regulation.RegulationSignCodes;
import org.holdspace.sensory.SensorySupportCodes;
import org.holdspace.session.DisciplineCodes;
import org.holdspace.session.EndReasonCodes;
import org.holdspace.session.SettingCodes;

/**
 * The library's code systems, the common case of a code's {@code system}: written from JSON
 * encodings made once, and read back as the constants themselves rather than as new strings.
 */
final class LibraryCodeSystems {
  private LibraryCodeSystems() {}

  private static final String[] SYSTEMS = {RegulationSignCodes.SYSTEM, SensorySupportCodes.SYSTEM,
      ConnectionSignCodes.SYSTEM, ActivityCodes.SYSTEM, EnvironmentFactorCodes.SYSTEM, AssistanceCodes.SYSTEM,
      DisciplineCodes.SYSTEM, SettingCodes.SYSTEM, EndReasonCodes.SYSTEM, CaregiverReportCodes.SYSTEM,
      CaregiverCodes.SYSTEM, RoleCodes.SYSTEM, AntecedentCodes.SYSTEM, PhysicalInterventionCodes.SYSTEM};
  private static final char[][] CHARS = new char[SYSTEMS.length][];
  private static final SerializedString[] ENCODED = new SerializedString[SYSTEMS.length];

  static {
    for (int i = 0; i < SYSTEMS.length; i++) {
      CHARS[i] = SYSTEMS[i].toCharArray();
      ENCODED[i] = new SerializedString(SYSTEMS[i]);
    }
  }

  /** {@return the encoding of {@code system} made once, or null if it is not one of the library's} */
  static SerializedString encoded(String system) {
    for (int i = 0; i < SYSTEMS.length; i++) {
      if (SYSTEMS[i].equals(system)) {
        return ENCODED[i];
      }
    }
    return null;
  }

  /** {@return the library's system spelled {@code text[offset, offset + length)}, or null} */
  static String named(char[] text, int offset, int length) {
    for (int i = 0; i < CHARS.length; i++) {
      if (Arrays.equals(CHARS[i], 0, CHARS[i].length, text, offset, offset + length)) {
        return SYSTEMS[i];
      }
    }
    return null;
  }
}
