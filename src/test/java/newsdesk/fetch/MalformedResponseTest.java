package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that answers, but not in valid HTTP, is reported as a bad response (not as a connection
 * failure), and what it sent is never echoed with its control characters.
 */
class MalformedResponseTest {
  private final HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
      .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)).withPoliteness(4, Duration.ZERO).withRetries(0, Duration.ZERO, Duration.ZERO));
  private ServerSocket socket;
  private Thread server;

  @AfterEach
  void stop() throws Exception {
    fetcher.close();
    if (socket != null) socket.close();
    if (server != null) server.join(5_000);
  }

  /** A loopback server that answers every request with {@code raw} (ISO-8859-1 bytes), as written. */
  private URI answering(String raw) throws IOException {
    socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    server = Thread.ofVirtual().start(() -> {
      while (!socket.isClosed()) {
        try (Socket s = socket.accept()) {
          s.getInputStream().read(new byte[8192]);
          s.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
          s.getOutputStream().flush();
          s.shutdownOutput();
          s.getInputStream().read(new byte[8192]); // until the client hangs up
        } catch (IOException e) {
          // closed at the end of the test
        }
      }
    });
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/feed");
  }

  @Test
  void aHeaderWithAControlCharacterIsABadResponseNamedWithoutTheCharacter() throws Exception {
    URI url = answering("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 2\r\nETag: \"a\u007fb\"\r\n\r\nok");
    assertThatThrownBy(() -> fetcher.get(url, null, null)).isInstanceOfSatisfying(FetchException.class, e -> {
      assertThat(e.kind()).isEqualTo(FetchException.Kind.BAD_RESPONSE);
      assertThat(e.getMessage()).startsWith(url + ": bad HTTP response: ").contains("ETag").doesNotContain("\u007f")
          .doesNotContain("cannot connect");
      assertThat(e.reasonFor(url)).startsWith("bad HTTP response: ").contains("\"a?b\"");
    });
  }

  @Test
  void aRedirectTargetWithControlCharactersIsQuotedWithoutThem() throws Exception {
    URI url = answering("HTTP/1.1 302 Found\r\nLocation: /x\u001b[31m y\u0085z\r\nContent-Length: 0\r\n\r\n");
    assertThatThrownBy(() -> fetcher.get(url, null, null)).isInstanceOfSatisfying(FetchException.class, e -> {
      assertThat(e.getMessage()).doesNotContain("\u001b").doesNotContain("\u0085").doesNotContain("cannot connect");
      assertThat(e.getMessage().chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))).isTrue();
    });
  }

  @Test
  void aRefusedConnectionIsStillACannotConnect() {
    URI url = LocalServer.closedPortUrl("/feed");
    assertThatThrownBy(() -> fetcher.get(url, null, null)).isInstanceOfSatisfying(FetchException.class, e -> {
      assertThat(e.kind()).isEqualTo(FetchException.Kind.NETWORK);
      assertThat(e.reasonFor(url)).isEqualTo("cannot connect: connection refused");
    });
  }
}
