package org.holdspace.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON module's public API: no generated class, a package-info for its package. */
class JsonPublicApiTest {

  @Test
  void noGeneratedClassIsPublicAndThePackageIsDocumented() throws Exception {
    Path classes = Path.of(HoldspaceModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(f -> f.getFileName().toString().matches("Immutable[^$]*\\.class"))
          .collect(Collectors.toList())) {
        String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        assertThat(Modifier.isPublic(Class.forName(name).getModifiers())).as(name).isFalse();
      }
    }
    assertThat(Path.of("src", "main", "java", "org", "holdspace", "json", "package-info.java")).exists();
  }
}
