package newsdesk.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsdesk.fetch.BoundedBody;
import newsdesk.fetch.NetworkFailure;

/**
 * Optional abstractive mode: asks an OpenAI-compatible chat endpoint (Ollama, vLLM, llama.cpp's
 * server, ...) to rewrite an extractive brief, and keeps the rewrite only when
 * {@link SourceFactChecker} finds every number and name of it in the sources and it is no longer (in
 * words) than the brief, so that a word cap still holds. When the endpoint is down, slow (past the
 * timeout), answers badly, or the rewrite adds a fact or words, the extractive brief's sentences are
 * returned with the reason. A reply is read up to {@link #MAX_REPLY_BYTES} and within the timeout,
 * headers and body together, so that a misbehaving endpoint can neither exhaust memory nor hold a
 * brief for ever. Thread-safe; never throws for endpoint failures. Close it to release the HTTP
 * client it made (one it was given stays its owner's).
 */
public final class LlmRewriter implements AutoCloseable {
  /** The longest reply read: a brief's rewrite is a few hundred bytes, its JSON envelope a few more. */
  static final int MAX_REPLY_BYTES = 1 << 20;

  /**
   * The outcome: the sentences to show, whether they are the rewrite, and why not when they are
   * not (the extractive sentences, with their provenance, stay in the {@link Brief}).
   */
  public record Rewrite(List<String> sentences, boolean rewritten, String reason) {
    public Rewrite {
      sentences = List.copyOf(sentences);
    }
  }

  static final String SYSTEM_PROMPT = """
      You rewrite news briefs. Rewrite the brief you are given as a short, fluent, neutral summary \
      of at most the same length. Use only facts stated in the brief: add no name, number, date, \
      place or claim. Write one sentence per line, with no title, bullets or commentary.""";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final String model;
  private final Duration timeout;
  private final HttpClient client;
  private final boolean ownsClient;
  private final SourceFactChecker checker;
  private final int maxReplyBytes;

  /** A rewriter over {@code client}, which stays the caller's to close. */
  public LlmRewriter(URI url, String model, Duration timeout, HttpClient client, SourceFactChecker checker) {
    this(url, model, timeout, client, false, checker, MAX_REPLY_BYTES);
  }

  /** A rewriter with its own HTTP client (closed by {@link #close()}) and the bundled English fact checker. */
  public LlmRewriter(URI url, String model, Duration timeout) {
    this(url, model, timeout, MAX_REPLY_BYTES);
  }

  /** {@link #LlmRewriter(URI, String, Duration)} reading replies up to {@code maxReplyBytes} (tests). */
  LlmRewriter(URI url, String model, Duration timeout, int maxReplyBytes) {
    this(url, model, timeout, HttpClient.newBuilder().connectTimeout(timeout).build(), true,
        new SourceFactChecker(SummarizerResources.english().stopwords()), maxReplyBytes);
  }

  private LlmRewriter(URI url, String model, Duration timeout, HttpClient client, boolean ownsClient,
      SourceFactChecker checker, int maxReplyBytes) {
    this.endpoint = chatCompletions(Objects.requireNonNull(url, "url"));
    this.model = Objects.requireNonNull(model, "model");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.client = Objects.requireNonNull(client, "client");
    this.ownsClient = ownsClient;
    this.checker = Objects.requireNonNull(checker, "checker");
    if (maxReplyBytes <= 0) throw new IllegalArgumentException("maxReplyBytes must be positive: " + maxReplyBytes);
    this.maxReplyBytes = maxReplyBytes;
  }

  /** The HTTP client the requests go through (tests). */
  HttpClient client() {
    return client;
  }

  /** Closes the HTTP client when this rewriter made it. */
  @Override
  public void close() {
    if (ownsClient) client.close();
  }

  /** The endpoint the requests go to: {@code url} itself if it names .../chat/completions. */
  public URI endpoint() {
    return endpoint;
  }

  public Rewrite rewrite(Brief brief, List<SourceArticle> sources) {
    List<String> extractive = brief.sentences().stream().map(SummarySentence::text).toList();
    if (extractive.isEmpty()) return new Rewrite(extractive, false, "empty brief");
    String answer;
    try {
      answer = ask(String.join("\n", extractive));
    } catch (HttpTimeoutException e) {
      return new Rewrite(extractive, false, "endpoint timed out after " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      return new Rewrite(extractive, false, "endpoint unreachable: " + NetworkFailure.describe(endpoint, e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Rewrite(extractive, false, "interrupted");
    } catch (EndpointError e) {
      return new Rewrite(extractive, false, e.getMessage());
    }
    List<String> lines = new ArrayList<>();
    for (String l : answer.split("\\R")) {
      String t = l.strip().replaceFirst("^([-*•]|\\d+[.)])\\s+", "");
      if (!t.isEmpty()) lines.add(t);
    }
    if (lines.isEmpty()) return new Rewrite(extractive, false, "empty rewrite");
    int briefWords = words(extractive);
    if (words(lines) > briefWords) {
      return new Rewrite(extractive, false, "rewrite is longer than the brief (" + words(lines) + " > " + briefWords + " words)");
    }
    List<String> unsupported = checker.unsupported(String.join("\n", lines), sources);
    if (!unsupported.isEmpty()) {
      return new Rewrite(extractive, false, "rewrite adds facts the sources lack: " + unsupported);
    }
    return new Rewrite(lines, true, "");
  }

  private String ask(String brief) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", model);
    body.put("temperature", 0);
    body.put("stream", false);
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", SYSTEM_PROMPT);
    messages.addObject().put("role", "user").put("content", brief);
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
        .build();
    // The request timeout ends the wait for the headers only: the deadline covers the body as well.
    CompletableFuture<HttpResponse<BoundedBody.Bytes>> future =
        client.sendAsync(request, info -> new BoundedBody(info.statusCode() / 100 == 2 ? maxReplyBytes : 0));
    HttpResponse<BoundedBody.Bytes> response;
    try {
      response = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new HttpTimeoutException("timed out");
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      throw new IOException(e.getCause());
    }
    if (response.statusCode() / 100 != 2) {
      throw new EndpointError("endpoint answered HTTP " + response.statusCode());
    }
    if (response.body().truncated()) {
      throw new EndpointError("endpoint answer is longer than " + maxReplyBytes + " bytes");
    }
    JsonNode content;
    try {
      content = JSON.readTree(new String(response.body().data(), StandardCharsets.UTF_8))
          .path("choices").path(0).path("message").path("content");
    } catch (IOException e) {
      throw new EndpointError("endpoint answered something that is not JSON");
    }
    if (!content.isTextual()) throw new EndpointError("endpoint answer has no choices[0].message.content");
    return content.asText();
  }

  private static int words(List<String> sentences) {
    return sentences.stream().mapToInt(t -> t.isBlank() ? 0 : t.strip().split("\\s+").length).sum();
  }

  private static URI chatCompletions(URI url) {
    String s = url.toString().replaceAll("/+$", "");
    if (s.endsWith("/chat/completions")) return URI.create(s);
    if (s.endsWith("/v1")) return URI.create(s + "/chat/completions");
    return URI.create(s + "/v1/chat/completions");
  }

  /** The endpoint answered, but not with a usable completion. */
  private static final class EndpointError extends RuntimeException {
    EndpointError(String message) {
      super(message);
    }
  }
}
