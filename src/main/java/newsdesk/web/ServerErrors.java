package newsdesk.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request Jetty refuses before any route sees it (a path with {@code %00}, an
 * ambiguous encoding, a header too large): in the API's JSON error shape on {@code /api/} and
 * {@code /feeds/}, as docs/API.md promises for every answer there, and as the branded error page
 * elsewhere, instead of Jetty's own ISO-8859-1 HTML page. It carries the same security headers as
 * every other answer. When Jetty cannot read the request line at all (a {@code %00} in the path),
 * it passes on neither the path nor the headers: the target as sent, kept by {@link UnreadTargets},
 * then tells a page from an API call; only when even that is missing (a request line that is no
 * request line) is the answer the API's JSON, since scripts rely on its shape and a browser still shows it.
 */
final class ServerErrors extends ErrorHandler {
  /** The path of the request Jetty stands in for one whose request line it could not read. */
  private static final String UNREAD = "/badMessage";

  private final Json json;
  private final Templates templates;
  private final String root;

  ServerErrors(Json json, Templates templates, String root) {
    this.json = json;
    this.templates = templates;
    this.root = root;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    String reason = reason(request, code, message);
    String path = pathOf(request);
    byte[] body;
    String type;
    if (path == null || WebServer.isMachinePath(path)) {
      body = json.errorBody(code, reason);
      type = Json.JSON_UTF8;
    } else {
      PageContext page = new PageContext(root, false, "", "", java.util.List.of());
      body = templates.render("error.jte", Map.of("page", page, "status", code, "message", reason)).getBytes(StandardCharsets.UTF_8);
      type = Templates.HTML_UTF8;
    }
    var headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, type);
    headers.put("Content-Security-Policy", WebServer.CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * The path asked for, or null when Jetty could not read the request line and did not keep its
   * target either: it then hands over a stand-in request for {@value #UNREAD}, without the path or headers.
   */
  private static String pathOf(Request request) {
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    if (path != null && !path.equals(UNREAD)) return path;
    String target = UnreadTargets.of(request);
    if (target == null) return null;
    int authority = target.indexOf("://");
    if (authority > 0 && !target.startsWith("/")) {
      // The absolute form a proxy sends (GET http://host/path HTTP/1.1): the path starts after the authority.
      int slash = target.indexOf('/', authority + 3);
      target = slash < 0 ? "/" : target.substring(slash);
    }
    if (!target.startsWith("/")) return null;
    int end = target.length();
    for (char c : new char[] {'?', '#'}) if (target.indexOf(c) >= 0) end = Math.min(end, target.indexOf(c));
    return target.substring(0, end);
  }

  /** Jetty's reason for a bad request (such as "Ambiguous URI path separator"), else the status's name. */
  private static String reason(Request request, int code, String message) {
    String path = pathOf(request);
    if (code == HttpStatus.BAD_REQUEST_400) {
      return "the address " + (path == null ? "" : path + " ") + "cannot be read"
          + (message == null || message.isBlank() || message.equals(HttpStatus.getMessage(code)) ? "" : ": " + message);
    }
    if (code == HttpStatus.NOT_FOUND_404) return "There is nothing at " + path + ".";
    String name = HttpStatus.getMessage(code);
    return name == null ? "error " + code : name;
  }
}
