package newsdesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import newsdesk.publish.JsonDigestRenderer;

/** JSON in and out for the API: ISO-8601 times, errors as {@code {"error": {"status", "reason"}}}. */
final class Json {
  /** The API's media type, as every answer names it (routes and {@link ServerErrors} alike; see {@link Templates#HTML_UTF8}). */
  static final String JSON_UTF8 = "application/json;charset=utf-8";
  private static final int MAX_BODY = 64 * 1024;
  private final ObjectMapper mapper = JsonDigestRenderer.mapper().disable(SerializationFeature.INDENT_OUTPUT);

  void send(Context ctx, int status, Object value) {
    try {
      ctx.status(status).contentType(JSON_UTF8).result(mapper.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode the response", e);
    }
  }

  /** The body of an error answer; a record, so that "status" always comes before "reason". */
  record Problem(int status, String reason) {}

  /** The API's error body, {@code {"error": {"status", "reason"}}}, for answers written without a Javalin context. */
  byte[] errorBody(int status, String reason) {
    try {
      return mapper.writeValueAsBytes(Map.of("error", new Problem(status, reason)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode the response", e);
    }
  }

  void error(Context ctx, int status, String reason) {
    // Map.of orders its keys differently from one JVM to the next: the nested object is a record.
    send(ctx, status, Map.of("error", new Problem(status, reason)));
  }

  /** The request body as a JSON object; anything else is a 400. */
  JsonNode object(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new HttpProblem(415, "send the body as application/json");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY) throw new HttpProblem(413, "the body is larger than " + MAX_BODY + " bytes");
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || !node.isObject()) throw HttpProblem.badRequest("the body must be a JSON object");
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw HttpProblem.badRequest("the body is not valid JSON: " + syntaxProblem(e));
    } catch (IOException e) {
      throw HttpProblem.badRequest("the body cannot be read: " + e.getMessage());
    }
  }

  /**
   * What is wrong with a body Jackson could not parse, in words a client can act on, and where
   * ({@code (line 1, column 3)}): Jackson's own message names its parser's internals (the source
   * description, "start marker", character codes), which say nothing to the client.
   */
  static String syntaxProblem(com.fasterxml.jackson.core.JsonProcessingException e) {
    String what = e instanceof com.fasterxml.jackson.core.io.JsonEOFException ? "it ends before the value is complete"
        : plainWords(e.getOriginalMessage());
    com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1 ? what : what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private static String plainWords(String message) {
    if (message == null || message.isBlank()) return "it cannot be parsed";
    String s = message.lines().findFirst().orElse("").strip();
    int source = s.indexOf("[Source:");
    if (source >= 0) {
      // "... (start marker at [Source: ...; line: 1, column: 1])": the parenthesis around the source goes too.
      int open = s.lastIndexOf('(', source);
      s = s.substring(0, open >= 0 ? open : source).strip();
    }
    s = s.replaceAll("\\('(.{1,8}?)' \\(code -?\\d+\\)\\)", "'$1'").replaceAll("\\s*\\(code -?\\d+\\)", "");
    s = s.replace("close marker", "closing bracket");
    if (s.isEmpty()) return "it cannot be parsed";
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** A string field of a body, or null when absent; a non-string is a 400. */
  static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw HttpProblem.badRequest(field + " must be a string");
    return v.asText();
  }
}
