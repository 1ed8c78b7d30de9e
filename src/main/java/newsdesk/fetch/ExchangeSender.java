package newsdesk.fetch;

import java.io.IOException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsdesk.fetch.FetchException.Kind;

/**
 * One GET of one address, the request as {@link HttpFetcher} builds every one: no redirect followed
 * (that is the fetcher's loop), sent to the address's mirror when one serves it, refused when it
 * resolves to a private address (unless the configuration allows it or a mirror serves it), in its
 * host's turn ({@link HostThrottle}), with a time limit of {@link FetchConfig#requestTimeout()} or
 * the time the caller's {@link Deadline} leaves, whichever is less, measured once the host's turn
 * has come. A failure is a {@link FetchException} whose message says in words what went wrong
 * (timed out, not HTTP, cannot connect and why). Owns the JDK HTTP client; thread-safe.
 */
final class ExchangeSender implements AutoCloseable {
  private final FetchConfig config;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient client;
  private final AddressGuard guard;
  private final HostThrottle throttle;
  private final Mirrors mirrors;

  ExchangeSender(FetchConfig config, AddressGuard guard, HostThrottle throttle, Mirrors mirrors) {
    this.config = config;
    this.guard = guard;
    this.throttle = throttle;
    this.mirrors = mirrors;
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor)
        .build();
  }

  /**
   * GETs {@code url} (conditional when {@code etag} or {@code lastModified} is not null), keeping at
   * most {@code cap} bytes of a 2xx body and none of another; TIMEOUT when {@code deadline} has passed.
   */
  Exchange send(URI url, String etag, String lastModified, long cap, Deadline deadline)
      throws FetchException, InterruptedException {
    requireTimeLeft(url, deadline);
    URI target = mirrors.toMirror(url);
    boolean mirrored = mirrors.isMirror(target);
    if (!mirrored && !config.allowPrivateNetwork()) guard.check(target);
    HostThrottle.Permit permit = throttle.acquire(hostKey(target), !mirrored);
    try {
      // Measured after the host's turn came: waiting for it must not stretch the deadline.
      Duration timeout = requireTimeLeft(url, deadline);
      HttpRequest.Builder request = HttpRequest.newBuilder(target)
          .timeout(timeout)
          .header("User-Agent", config.userAgent())
          .header("Accept-Encoding", "gzip, deflate, br")
          .GET();
      // Cleartext HTTP/2 needs an upgrade dance few feed servers speak; HTTPS still negotiates HTTP/2.
      if (target.getScheme().equalsIgnoreCase("http")) request.version(HttpClient.Version.HTTP_1_1);
      if (etag != null) request.header("If-None-Match", etag);
      if (lastModified != null) request.header("If-Modified-Since", lastModified);
      CompletableFuture<HttpResponse<BoundedBody.Bytes>> future = client.sendAsync(request.build(),
          info -> new BoundedBody(info.statusCode() >= 200 && info.statusCode() < 300 ? cap : 0));
      try {
        HttpResponse<BoundedBody.Bytes> response = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return new Exchange(url, response.statusCode(), response.headers(), response.body(), false);
      } catch (TimeoutException e) {
        future.cancel(true);
        throw new FetchException(url, 0, Kind.TIMEOUT, "timed out after " + seconds(timeout), null, e);
      } catch (InterruptedException e) {
        future.cancel(true);
        throw e;
      } catch (ExecutionException e) {
        throw failure(url, e.getCause(), timeout);
      }
    } finally {
      permit.close();
    }
  }

  /** The key {@link HostThrottle} paces requests to {@code target} (the address actually requested) by. */
  static String hostKey(URI target) {
    return target.getHost().toLowerCase(Locale.ROOT);
  }

  /** The time one exchange may take now: the request timeout, or less as the deadline nears; TIMEOUT once it passed. */
  private Duration requireTimeLeft(URI url, Deadline deadline) throws FetchException {
    Duration timeout = deadline.remaining(config.requestTimeout());
    if (timeout.isZero()) {
      throw new FetchException(url, 0, Kind.TIMEOUT, "not fetched: its deadline of " + seconds(deadline.length()) + " passed", null, null);
    }
    return timeout;
  }

  private FetchException failure(URI url, Throwable cause, Duration timeout) {
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchException(url, 0, Kind.TIMEOUT, "connection timed out after " + seconds(config.connectTimeout()), null, cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchException(url, 0, Kind.TIMEOUT, "timed out after " + seconds(timeout), null, cause);
    }
    // The server answered, but not in HTTP: no connection problem, and "cannot connect" would send the reader astray.
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof ProtocolException) {
        String detail = t.getMessage() == null || t.getMessage().isBlank() ? "malformed response" : t.getMessage();
        return new FetchException(url, 0, Kind.BAD_RESPONSE, "bad HTTP response: " + detail, null, t);
      }
    }
    return new FetchException(url, 0, Kind.NETWORK, "cannot connect: " + NetworkFailure.describe(mirrors.toMirror(url), cause), null,
        cause instanceof IOException ? cause : null);
  }

  private static String seconds(Duration d) {
    if (d == null) return "none";
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  @Override
  public void close() {
    client.close();
    executor.close();
  }
}
