package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import newsdesk.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code --base-url} the output feeds link to the Host a request names, which any client
 * chooses: the feed's version (Last-Modified) belongs to the feed, not to the address it was asked
 * by, and a Host that is no host name never reaches the links.
 */
class FeedHostTest {
  @TempDir Path dir;
  private final ManualClock clock = new ManualClock(WebFixture.T.plus(Duration.ofDays(1)));
  private WebFixture f;
  private long savedId;

  @BeforeEach
  void start() {
    f = new WebFixture(dir, null, clock);
    savedId = f.store.addSavedSearch(new newsdesk.store.SavedSearch(0, "Volcano", "volcano", null, null, null, null,
        WebFixture.T)).id();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  /** The raw answer to GET {@code path} with {@code host} as the Host header (java.net.http will not send any Host). */
  private String get(String path, String host, String... headers) {
    try (Socket socket = new Socket(f.base.getHost(), f.base.getPort())) {
      StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
      for (int i = 0; i < headers.length; i += 2) request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int status(String response) {
    return Integer.parseInt(response.substring(9, 12));
  }

  private static String header(String response, String name) {
    for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) return line.substring(name.length() + 1).strip();
    }
    throw new AssertionError("no " + name + " in " + response);
  }

  @Test
  void linksFollowTheHostButTheVersionBelongsToTheFeed() {
    String first = get("/feeds/digest.atom", "news.example");
    assertThat(status(first)).isEqualTo(200);
    assertThat(first).contains("href=\"http://news.example/feeds/digest.atom\"");
    String lastModified = header(first, "Last-Modified");

    clock.advance(Duration.ofHours(1));
    String other = get("/feeds/digest.atom", "other.example:8080");
    assertThat(other).contains("href=\"http://other.example:8080/feeds/digest.atom\"");
    assertThat(header(other, "Last-Modified")).as("the same content under another name is no new version").isEqualTo(lastModified);
    assertThat(header(other, "ETag")).as("the bytes differ").isNotEqualTo(header(first, "ETag"));

    clock.advance(Duration.ofHours(1));
    assertThat(status(get("/feeds/digest.atom", "news.example", "If-Modified-Since", lastModified))).isEqualTo(304);
  }

  @Test
  void aSavedSearchFeedIsOneFeedWhateverItsIdIsWrittenLike() {
    String plain = get("/feeds/searches/" + savedId + ".atom", "news.example");
    assertThat(status(plain)).isEqualTo(200);
    clock.advance(Duration.ofHours(1));
    String padded = get("/feeds/searches/000" + savedId + ".atom", "news.example");
    assertThat(status(padded)).isEqualTo(200);
    assertThat(header(padded, "Last-Modified")).isEqualTo(header(plain, "Last-Modified"));
  }

  @Test
  void aHostThatIsNoHostNameIsRefusedRatherThanLinked() {
    // The HTTP server itself refuses some (quotes, spaces, slashes); these it lets through.
    for (String host : new String[] {"evil.example'x", "evil.example&amp;", "evil(x)", "evil.example%22", "a..b",
        "evil.example;x", "evil$x"}) {
      String response = get("/feeds/digest.atom", host);
      assertThat(status(response)).as(host).isEqualTo(400);
      assertThat(response).as(host).doesNotContain("href=\"http://");
    }
    for (String host : new String[] {"[::1]:8080", "192.0.2.7", "intranet_box", "news.example.:80"}) {
      assertThat(status(get("/feeds/digest.json", host))).as(host).isEqualTo(200);
    }
  }
}
