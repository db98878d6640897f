package org.holdspace.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's message bundles, UTF-8 properties files beside this class: {@code
 * messages.properties} (English, the root) and one per language ({@code messages_es.properties}).
 * Looked up by language, then country, falling back to the root; never to the JVM's default
 * locale, so that the same call gives the same text on every machine.
 */
final class Messages {
  static final String BASE = "messages";
  private static final Map<Locale, ResourceBundle> CACHE = new ConcurrentHashMap<>();

  private Messages() {}

  static ResourceBundle forLocale(Locale locale) {
    return CACHE.computeIfAbsent(locale, Messages::load);
  }

  private static ResourceBundle load(Locale locale) {
    ResourceBundle bundle = read(BASE + ".properties", null);
    if (!locale.getLanguage().isEmpty()) {
      bundle = read(BASE + "_" + locale.getLanguage() + ".properties", bundle);
      if (!locale.getCountry().isEmpty()) {
        bundle = read(BASE + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties", bundle);
      }
    }
    return bundle;
  }

  private static ResourceBundle read(String name, ResourceBundle parent) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        if (parent == null) {
          throw new IllegalStateException("Holdspace's message bundle " + name + " is missing from the jar");
        }
        return parent;
      }
      return new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read Holdspace's message bundle " + name, e);
    }
  }

  private static final class Bundle extends PropertyResourceBundle {
    Bundle(Reader reader, ResourceBundle parent) throws IOException {
      super(reader);
      if (parent != null) {
        setParent(parent);
      }
    }
  }
}
