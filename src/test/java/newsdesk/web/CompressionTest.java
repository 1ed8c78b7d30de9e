package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers compressed for a client that accepts it say that they vary by Accept-Encoding, so that a
 * cache (a reverse proxy, a feed reader's proxy) never hands a compressed feed to a client that
 * cannot read it (RFC 9110 section 12.5.5).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompressionTest {
  @TempDir static Path dir;
  WebFixture f;
  HttpClient client;

  @BeforeAll
  void start() {
    f = new WebFixture(dir, null);
    client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @AfterAll
  void stop() {
    client.close();
    f.close();
  }

  private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(f.uri(path));
    if (acceptEncoding != null) b.header("Accept-Encoding", acceptEncoding);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static boolean variesByEncoding(HttpResponse<?> r) {
    return r.headers().allValues("Vary").stream()
        .flatMap(v -> java.util.Arrays.stream(v.split(","))).anyMatch(v -> v.strip().equalsIgnoreCase("Accept-Encoding"));
  }

  @Test
  void aCompressedAnswerVariesByAcceptEncoding() throws Exception {
    for (String path : List.of("/feeds/digest.atom", "/feeds/digest.json", "/api/v1/stories", "/", "/static/newsdesk.css")) {
      HttpResponse<byte[]> gzip = get(path, "gzip");
      assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
      assertThat(variesByEncoding(gzip)).as(path + " Vary: " + gzip.headers().allValues("Vary")).isTrue();
      // The uncompressed answer varies too: a cache that stored it must not give it to every client either.
      HttpResponse<byte[]> plain = get(path, null);
      assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
      assertThat(variesByEncoding(plain)).as(path).isTrue();
    }
  }

  /**
   * The ETag is a hash of the feed before compression, so the gzip and identity answers share it: it
   * must be weak (RFC 9110 8.8.1), since a strong tag promises the same bytes. Either answer's tag
   * revalidates a request for the other (weak comparison, 13.1.2).
   */
  @Test
  void compressedAndPlainFeedsShareOneWeakEtagThatRevalidatesEither() throws Exception {
    for (String path : List.of("/feeds/digest.atom", "/feeds/digest.json")) {
      String zipped = get(path, "gzip").headers().firstValue("ETag").orElseThrow();
      String plain = get(path, null).headers().firstValue("ETag").orElseThrow();
      assertThat(zipped).as(path).startsWith("W/\"").endsWith("\"").isEqualTo(plain);
      HttpResponse<byte[]> revalidated = client.send(HttpRequest.newBuilder(f.uri(path)).header("If-None-Match", zipped).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(revalidated.statusCode()).as(path).isEqualTo(304);
    }
  }

  @Test
  void aNotModifiedFeedVariesAsItsFullAnswerDoes() throws Exception {
    HttpResponse<byte[]> full = get("/feeds/digest.atom", "gzip");
    HttpResponse<byte[]> again = client.send(HttpRequest.newBuilder(f.uri("/feeds/digest.atom")).header("Accept-Encoding", "gzip")
        .header("If-None-Match", full.headers().firstValue("ETag").orElseThrow()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(variesByEncoding(again)).isTrue();
  }
}
