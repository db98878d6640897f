package org.holdspace.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;
import org.holdspace.fhir.HoldspaceFhirException.Problem;

/**
 * The resources of a Bulk Data directory, for {@link FhirImporter#readBulk}: every {@code
 * *.ndjson} file in name order, one resource per non-blank line, located as {@code file:line}. A
 * line that is not one FHIR resource is an entry without a resource and a refusal (strictly, it is
 * thrown at once).
 */
final class BulkInput {
  private final Entries entries;
  private final Map<Integer, HoldspaceFhirException> refused;

  private BulkInput(Entries entries, Map<Integer, HoldspaceFhirException> refused) {
    this.entries = entries;
    this.refused = refused;
  }

  Entries entries() {
    return entries;
  }

  /** The refused lines, by entry index. */
  Map<Integer, HoldspaceFhirException> refused() {
    return refused;
  }

  static BulkInput read(HoldspaceFhir fhir, Path directory, boolean tolerant) {
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".ndjson") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw ioFailure("directory", e);
    }
    List<Resource> resources = new ArrayList<>();
    List<String> locations = new ArrayList<>();
    Map<Integer, HoldspaceFhirException> refused = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          String at = name + ":" + number;
          try {
            resources.add(fhir.parseResource(line, at));
          } catch (HoldspaceFhirException e) {
            if (!tolerant) {
              throw e;
            }
            refused.put(resources.size(), e);
            resources.add(null);
          }
          locations.add(at);
        }
      } catch (CharacterCodingException e) {
        throw new HoldspaceFhirException(Problem.MALFORMED, name, "not UTF-8", List.of(), null);
      } catch (IOException e) {
        throw ioFailure(name, e);
      }
    }
    List<String> noUrls = new ArrayList<>();
    resources.forEach(r -> noUrls.add(null));
    return new BulkInput(new Entries(resources, noUrls, locations), Map.copyOf(refused));
  }

  private static HoldspaceFhirException ioFailure(String at, IOException e) {
    return new HoldspaceFhirException(Problem.IO_FAILURE, at, e.getClass().getSimpleName(), List.of(), e);
  }
}
