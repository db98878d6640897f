package org.holdspace.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core's packages import each other without a cycle, read from the main sources' import lines
 * (DESIGN.md: {@code internal} sits below the model and imports none of it; the evaluation's
 * machinery sits below the evaluation).
 */
class PackageCyclesTest {
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?(org\\.holdspace\\.[\\w.]+?)\\.[A-Z]\\w*", Pattern.MULTILINE);

  @Test
  void coreHasNoImportCycleBetweenPackages() {
    Map<String, Set<String>> imports = importsOf(Path.of("src/main/java"));
    assertThat(imports).containsKeys("org.holdspace.evaluation", "org.holdspace.internal");
    assertThat(cycles(imports)).isEmpty();
  }

  @Test
  void internalImportsNoPackageOfTheLibrary() {
    Map<String, Set<String>> imports = importsOf(Path.of("src/main/java"));
    assertThat(imports.getOrDefault("org.holdspace.internal", Set.of())).isEmpty();
  }

  @Test
  void theCheckFindsACycle() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", Set.of("b"));
    graph.put("b", Set.of("c"));
    graph.put("c", Set.of("a", "d"));
    graph.put("d", Set.of());
    assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
    graph.put("c", Set.of("d"));
    assertThat(cycles(graph)).isEmpty();
  }

  /** For each package under {@code root}, the other packages of the library that its files import. */
  static Map<String, Set<String>> importsOf(Path root) {
    Map<String, Set<String>> imports = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher p = PACKAGE.matcher(source);
        if (!p.find()) {
          continue; // module-info
        }
        String pkg = p.group(1);
        Set<String> to = imports.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher i = IMPORT.matcher(source);
        while (i.find()) {
          String target = packageOf(i.group(1));
          if (!target.equals(pkg)) {
            to.add(target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return imports;
  }

  /** A nested type's import names its outer type: the package ends at the first capitalised part. */
  private static String packageOf(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : name.split("\\.")) {
      if (Character.isUpperCase(part.charAt(0))) {
        break;
      }
      parts.add(part);
    }
    return String.join(".", parts);
  }

  /** The strongly connected components of more than one package (Tarjan), each sorted. */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<List<String>> found = new ArrayList<>();
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        visit(v, graph, index, low, stack, onStack, found);
      }
    }
    return found;
  }

  private static void visit(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        visit(w, graph, index, low, stack, onStack, found);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        found.add(new ArrayList<>(component));
      }
    }
  }
}
