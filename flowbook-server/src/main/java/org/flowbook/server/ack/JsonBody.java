package org.flowbook.server.ack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.IOException;
import org.flowbook.server.http.InputError;

/** A JSON object body read strictly: malformed, nested too deep or not an object is a 400. */
public final class JsonBody {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();

  private JsonBody() {}

  /** The body as an object; an empty body is an empty object. */
  public static JsonNode object(Context ctx) {
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      return MAPPER.createObjectNode();
    }
    try {
      JsonNode json = MAPPER.readTree(bytes);
      if (json == null || !json.isObject()) {
        throw InputError.badRequest("input.json");
      }
      return json;
    } catch (IOException e) {
      throw InputError.badRequest("input.json");
    }
  }

  /** A field as text (numbers and booleans as written), or null when absent; objects are a 400. */
  public static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isContainerNode()) {
      throw InputError.badRequest("input.json");
    }
    return v.asText();
  }
}
