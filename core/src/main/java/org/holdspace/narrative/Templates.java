package org.holdspace.narrative;

import java.util.Map;

/** Fills message templates: {@code {name}} placeholders, in one pass, so that no value is read as a placeholder. */
final class Templates {
  private Templates() {}

  /**
   * {@code template} with each {@code {name}} that {@code values} has replaced by its value; a
   * sentence that starts with a placeholder starts with a capital.
   */
  static String fill(String template, Map<String, String> values) {
    StringBuilder out = fragment(template, values);
    if (template.startsWith("{") && out.length() > 0 && Character.isLowerCase(out.charAt(0))) {
      out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    }
    return out.toString();
  }

  /** {@code template} filled as {@link #fill} does, as a part of a sentence: no capital added. */
  static String part(String template, Map<String, String> values) {
    return fragment(template, values).toString();
  }

  private static StringBuilder fragment(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close > i) {
          String value = values.get(template.substring(i + 1, close));
          if (value != null) {
            out.append(value);
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out;
  }
}
