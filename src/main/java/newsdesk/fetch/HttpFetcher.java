package newsdesk.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Fetches URLs with the JDK HTTP client: conditional GET (ETag, Last-Modified), gzip, deflate and
 * brotli, bounded redirects, timeouts and a body size cap. Thread-safe.
 */
public final class HttpFetcher implements AutoCloseable {
  private final FetchConfig config;
  private final HttpClient client;

  public HttpFetcher(FetchConfig config) {
    this.config = config;
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** GETs {@code url}; {@code etag} and {@code lastModified} (may be null) make it conditional. */
  public FetchResponse get(URI url, String etag, String lastModified) throws FetchException {
    URI target = rewrite(url);
    HttpRequest.Builder request = HttpRequest.newBuilder(target)
        .timeout(config.requestTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept-Encoding", "gzip, deflate, br")
        .GET();
    if (etag != null) request.header("If-None-Match", etag);
    if (lastModified != null) request.header("If-Modified-Since", lastModified);
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException(url, 0, "timed out after " + config.requestTimeout().toSeconds() + " s", e);
    } catch (IOException e) {
      throw new FetchException(url, 0, "cannot connect: " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, 0, "interrupted", e);
    }
    int status = response.statusCode();
    URI finalUrl = unrewrite(response.uri());
    var headers = response.headers();
    if (status == 304) {
      close(response.body());
      return new FetchResponse(url, finalUrl, status, new byte[0], null, etag, lastModified, false);
    }
    if (status >= 400) {
      close(response.body());
      throw new FetchException(url, status, "HTTP " + status, null);
    }
    String encoding = headers.firstValue("Content-Encoding").orElse("identity").trim().toLowerCase();
    try (InputStream raw = response.body(); InputStream in = decode(raw, encoding)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16384];
      long total = 0;
      boolean truncated = false;
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (total + n > config.maxBodyBytes()) {
          out.write(buffer, 0, (int) (config.maxBodyBytes() - total));
          truncated = true;
          break;
        }
        out.write(buffer, 0, n);
        total += n;
      }
      return new FetchResponse(url, finalUrl, status, out.toByteArray(), headers.firstValue("Content-Type").orElse(null),
          headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null), truncated);
    } catch (HttpTimeoutException e) {
      throw new FetchException(url, status, "timed out reading the body", e);
    } catch (IOException e) {
      throw new FetchException(url, status, "cannot read the body: " + describe(e), e);
    }
  }

  private static InputStream decode(InputStream in, String encoding) throws IOException {
    return switch (encoding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(in);
      case "deflate" -> new InflaterInputStream(in);
      case "br" -> new BrotliInputStream(in);
      default -> in;
    };
  }

  private URI rewrite(URI url) {
    String s = url.toString();
    for (Map.Entry<String, String> m : config.mirrors().entrySet()) {
      if (s.startsWith(m.getKey())) return URI.create(m.getValue() + s.substring(m.getKey().length()));
    }
    return url;
  }

  private URI unrewrite(URI url) {
    String s = url.toString();
    for (Map.Entry<String, String> m : config.mirrors().entrySet()) {
      if (s.startsWith(m.getValue())) return URI.create(m.getKey() + s.substring(m.getValue().length()));
    }
    return url;
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the response is discarded anyway
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
