package newsdesk.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/** A small HTTP client for tests: keeps cookies (one browser-like session), never follows redirects. */
final class Http {
  private final URI base;
  private final HttpClient client;

  Http(URI base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
  }

  HttpResponse<String> delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), headers);
  }

  HttpResponse<String> postJson(String path, String json, String... headers) {
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
  }

  HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
  }

  /** Posts a form whose fields may repeat: {@code fields} are names and values, in turn. */
  HttpResponse<String> postFormFields(String path, String... fields) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      if (!body.isEmpty()) body.append('&');
      body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Logs in through the login form (with its CSRF token); returns the session's CSRF token. */
  String logIn(String password) {
    HttpResponse<String> r = postForm("/login", Map.of("csrf", formCsrf("/login"), "password", password, "next", "/"));
    if (r.statusCode() != 303) throw new AssertionError("login failed: " + r.statusCode());
    return formCsrf("/settings");
  }

  /** The CSRF token in the first form of a page. */
  String formCsrf(String path) {
    return Jsoup.parse(get(path).body()).select("input[name=csrf]").attr("value");
  }

  private HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
