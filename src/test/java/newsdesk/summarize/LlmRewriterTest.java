package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a fake OpenAI-compatible endpoint on 127.0.0.1. */
class LlmRewriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private HttpServer server;
  private final AtomicReference<String> lastRequest = new AtomicReference<>();

  private final List<SourceArticle> sources = List.of(new SourceArticle("a", "Warehouse fire",
      "A fire destroyed a warehouse in Springfield on Tuesday. It took 40 firefighters three hours to control it.",
      null, null));
  private final Brief brief = new ExtractiveSummarizer().summarize(sources, SummaryLength.sentences(2));

  @AfterEach
  void stop() {
    if (server != null) server.stop(0);
  }

  private URI serve(int status, String content, long delayMillis) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      lastRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      var answer = JSON.createObjectNode();
      answer.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", content);
      byte[] body = JSON.writeValueAsBytes(answer);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private LlmRewriter rewriter(URI url, long timeoutMillis) {
    return new LlmRewriter(url, "test-model", Duration.ofMillis(timeoutMillis));
  }

  @Test
  void keepsAFaithfulRewrite() throws IOException {
    URI url = serve(200, "A Springfield warehouse burned down on Tuesday.\n- 40 firefighters needed three hours.", 0);
    var result = rewriter(url, 5000).rewrite(brief, sources);
    assertThat(result.rewritten()).isTrue();
    assertThat(result.sentences()).containsExactly("A Springfield warehouse burned down on Tuesday.",
        "40 firefighters needed three hours.");
    var request = JSON.readTree(lastRequest.get());
    assertThat(request.path("model").asText()).isEqualTo("test-model");
    assertThat(request.path("messages").get(1).path("content").asText()).contains("A fire destroyed a warehouse");
  }

  @Test
  void fallsBackWhenTheRewriteAddsANumberOrAName() throws IOException {
    var result = fallBack(serve(200, "A fire destroyed a warehouse in Springfield, Ohio, on Tuesday, hurting 3 people.", 0), 5000);
    assertThat(result.reason()).contains("Ohio", "3");
  }

  @Test
  void fallsBackWhenTheRewriteIsLongerThanTheBrief() throws IOException {
    String longer = String.join(" ", java.util.Collections.nCopies(30, "A fire destroyed a warehouse in Springfield."));
    assertThat(fallBack(serve(200, longer, 0), 5000).reason()).contains("longer than the brief");
  }

  @Test
  void fallsBackWhenTheEndpointFails() throws IOException {
    assertThat(fallBack(serve(500, "A fire destroyed a warehouse.", 0), 5000).reason()).contains("HTTP 500");
  }

  @Test
  void fallsBackWhenTheEndpointIsSlow() throws IOException {
    assertThat(fallBack(serve(200, "A fire destroyed a warehouse.", 1500), 300).reason()).contains("timed out");
  }

  @Test
  void fallsBackWhenTheEndpointIsDown() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    var result = fallBack(URI.create("http://127.0.0.1:" + port + "/v1"), 2000);
    assertThat(result.reason()).isEqualTo("endpoint unreachable: connection refused");
  }

  /** The rewrite through {@code url} within {@code timeoutMillis}, asserted to be the brief's own sentences. */
  private LlmRewriter.Rewrite fallBack(URI url, int timeoutMillis) {
    var result = rewriter(url, timeoutMillis).rewrite(brief, sources);
    assertThat(result.rewritten()).isFalse();
    assertThat(result.sentences()).isEqualTo(brief.sentences().stream().map(SummarySentence::text).toList());
    return result;
  }

  /** An endpoint that sends a 200 and {@code prefix}, then as much of {@code filler} as {@code more} lets it. */
  private URI serveStream(byte[] prefix, java.util.function.BooleanSupplier more) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0); // chunked, no length
      try (var body = exchange.getResponseBody()) {
        body.write(prefix);
        body.flush();
        byte[] filler = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".repeat(16).getBytes(StandardCharsets.UTF_8);
        while (more.getAsBoolean()) {
          body.write(filler);
          body.flush();
        }
      } catch (IOException e) {
        // the client stopped reading: what the test wants
      }
      exchange.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void aReplyLongerThanTheLimitIsNotReadWhole() throws IOException {
    java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
    // At most 64 MB: an endless reply as far as a 64 KB limit is concerned.
    URI url = serveStream("{\"choices\":[{\"message\":{\"content\":\"".getBytes(StandardCharsets.UTF_8),
        () -> sent.addAndGet(1024) < 64L << 20);
    try (LlmRewriter rewriter = new LlmRewriter(url, "test-model", Duration.ofMinutes(2), 64 << 10)) {
      var result = rewriter.rewrite(brief, sources);
      assertThat(result.rewritten()).isFalse();
      assertThat(result.reason()).isEqualTo("endpoint answer is longer than 65536 bytes");
      assertThat(result.sentences()).isEqualTo(brief.sentences().stream().map(SummarySentence::text).toList());
    }
  }

  @Test
  void aReplyWhoseBodyNeverEndsTimesOut() throws IOException, InterruptedException {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    // The headers come at once, then the body stalls: the request timeout alone would wait for ever.
    URI url = serveStream("{\"choices\":".getBytes(StandardCharsets.UTF_8), () -> {
      try {
        release.await(2, java.util.concurrent.TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    });
    try (LlmRewriter rewriter = rewriter(url, 300)) {
      var result = rewriter.rewrite(brief, sources);
      assertThat(result.rewritten()).isFalse();
      assertThat(result.reason()).contains("timed out");
    } finally {
      release.countDown();
    }
  }

  @Test
  void closingTheRewriterClosesTheClientItMadeAndNotOneItWasGiven() {
    LlmRewriter own = rewriter(URI.create("http://127.0.0.1:9"), 100);
    own.close();
    assertThat(own.client().isTerminated()).isTrue();

    try (java.net.http.HttpClient given = java.net.http.HttpClient.newHttpClient()) {
      LlmRewriter borrowed = new LlmRewriter(URI.create("http://127.0.0.1:9"), "m", Duration.ofMillis(100), given,
          new SourceFactChecker(SummarizerResources.english().stopwords()));
      borrowed.close();
      assertThat(given.isTerminated()).isFalse();
    }
  }

  @Test
  void acceptsBaseOrFullEndpointUrls() {
    assertThat(rewriter(URI.create("http://127.0.0.1:11434"), 10).endpoint())
        .isEqualTo(URI.create("http://127.0.0.1:11434/v1/chat/completions"));
    assertThat(rewriter(URI.create("http://127.0.0.1:8000/v1/"), 10).endpoint())
        .isEqualTo(URI.create("http://127.0.0.1:8000/v1/chat/completions"));
    assertThat(rewriter(URI.create("http://h/api/chat/completions"), 10).endpoint())
        .isEqualTo(URI.create("http://h/api/chat/completions"));
  }
}
