package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.holdspace.json.HoldspaceJsonException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad documents in {@code bad/} (beside this class), each listed in {@code
 * bad/expected.tsv} with the problem and JSON pointer it must be reported with. Documents carry a
 * sentinel standing for health data, which no message may contain.
 */
class BadDocumentCorpusTest {
  private static final String SENTINEL = "Zq7SENTINEL";
  private static final HoldspaceJson JSON = HoldspaceJson.of(VendorCodecs.module());

  static List<String[]> expectations() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        BadDocumentCorpusTest.class.getResourceAsStream("bad/expected.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] row = line.split("\t", -1);
          rows.add(row);
        }
      }
    }
    return rows;
  }

  static Stream<Arguments> corpus() throws IOException {
    return expectations().stream().filter(r -> !r[1].equals("NONE")).map(r -> Arguments.of(r[0], r[1], r[2]));
  }

  private static byte[] document(String file) throws IOException {
    try (InputStream in = BadDocumentCorpusTest.class.getResourceAsStream("bad/" + file)) {
      assertThat(in).as(file).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theCorpusHasFiftyBadDocumentsAndAControl() throws IOException {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(50);
    String control = expectations().stream().filter(r -> r[1].equals("NONE")).findFirst().get()[0];
    assertThat(JSON.readSession(document(control)).id()).isEqualTo("s1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBadDocumentIsReportedWithItsProblemAndPointer(String file, String problem, String pointer)
      throws IOException {
    HoldspaceJsonException e = catchThrowableOfType(HoldspaceJsonException.class,
        () -> JSON.readSession(document(file)));
    assertThat(e).as(file).isNotNull();
    assertThat(e.problem()).as(file).isEqualTo(Problem.valueOf(problem));
    assertThat(e.pointer()).as(file).isEqualTo(pointer);
    assertThat(e.getMessage()).as(file).doesNotContain(SENTINEL).doesNotContain("childName");
    assertThat(e.pointer()).as(file).doesNotContain("childName");
  }
}
