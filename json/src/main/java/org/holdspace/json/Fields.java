package org.holdspace.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.holdspace.validation.ValidationException;

/** Reading helpers shared by the codecs; their errors never quote the input value. */
final class Fields {
  private Fields() {}

  static void expectObject(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw JsonMappingException.from(p, "Expected a JSON object for " + type.getSimpleName()
          + " but found " + tokenKind(p.currentToken()));
    }
  }

  static String firstName(JsonParser p) throws IOException {
    return p.nextFieldName();
  }

  static String text(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw JsonMappingException.from(p, "Expected a string in " + type.getSimpleName()
          + " but found " + tokenKind(p.currentToken()));
    }
    return p.getText();
  }

  static Instant instant(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    String text = text(p, ctxt, type);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw JsonMappingException.from(p, "Expected an ISO-8601 instant such as 2026-03-02T09:00:00Z in "
          + type.getSimpleName());
    }
  }

  static void unknown(JsonParser p, DeserializationContext ctxt, Class<?> type, String name) throws IOException {
    ctxt.handleUnknownProperty(p, null, type, name);
  }

  static JsonMappingException invalid(JsonParser p, ValidationException e) {
    return JsonMappingException.from(p, e.getMessage(), e);
  }

  private static String tokenKind(JsonToken token) {
    if (token == null) {
      return "the end of input";
    }
    switch (token) {
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name();
    }
  }
}
