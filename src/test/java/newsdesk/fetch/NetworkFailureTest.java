package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NetworkFailureTest {
  private static final URI UNKNOWN = URI.create("http://nonexistent.invalid/x");

  /** What the JDK client throws: exceptions with null messages around the real cause. */
  private static Throwable jdkChain(Throwable root) {
    ConnectException inner = new ConnectException();
    inner.initCause(root);
    ConnectException outer = new ConnectException();
    outer.initCause(inner);
    return outer;
  }

  @Test
  void anUnresolvedHostIsNamed() {
    assertThat(NetworkFailure.describe(UNKNOWN, jdkChain(new UnresolvedAddressException())))
        .isEqualTo("unknown host nonexistent.invalid");
    assertThat(NetworkFailure.describe(new UnknownHostException("nonexistent.invalid"), null))
        .isEqualTo("unknown host nonexistent.invalid");
  }

  @Test
  void aMessagelessConnectExceptionIsARefusedConnection() {
    assertThat(NetworkFailure.describe(UNKNOWN, jdkChain(new ClosedChannelException()))).isEqualTo("connection refused");
  }

  @Test
  void timeoutsAndResetsAreSaidInWords() {
    assertThat(NetworkFailure.describe(UNKNOWN, new HttpConnectTimeoutException("HTTP connect timed out")))
        .isEqualTo("connection timed out");
    assertThat(NetworkFailure.describe(UNKNOWN, new IOException(new java.net.SocketTimeoutException())))
        .isEqualTo("timed out");
    assertThat(NetworkFailure.describe(UNKNOWN, new IOException(new SocketException("Connection reset by peer"))))
        .isEqualTo("connection reset");
  }

  @Test
  void otherwiseTheFirstMessageOfTheChainElseTheKindInWords() {
    assertThat(NetworkFailure.describe(UNKNOWN, new IOException(null, new IOException("HTTP/1.1 header parser received no bytes"))))
        .isEqualTo("HTTP/1.1 header parser received no bytes");
    assertThat(NetworkFailure.describe(UNKNOWN, new ClosedChannelException())).isEqualTo("network error (closed channel)");
    assertThat(NetworkFailure.describe(UNKNOWN, null)).isEqualTo("unknown network error");
  }

  @Test
  void aCauseCycleEnds() {
    IOException a = new IOException();
    IOException b = new IOException((String) null, a);
    a.initCause(b);
    assertThat(NetworkFailure.describe(UNKNOWN, a)).isNotBlank().doesNotContain("null");
  }

  @Test
  void aRealRefusedConnectionOfTheJdkClient() {
    URI closed = LocalServer.closedPortUrl("/f.xml");
    Throwable failure = catchThrowable(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
        .send(HttpRequest.newBuilder(closed).build(), HttpResponse.BodyHandlers.discarding()));
    assertThat(failure).isInstanceOf(IOException.class);
    assertThat(NetworkFailure.describe(closed, failure)).isEqualTo("connection refused");
  }

  @Test
  void aRealResetConnectionOfTheJdkClient() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      // Every connection is reset: the JDK client retries an idempotent GET once on a new one.
      Thread.ofVirtual().start(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
            in.read(new byte[1024]);
            s.setSoLinger(true, 0); // close with RST
          } catch (IOException ignored) {
            // the test checks the client's side
          }
        }
      });
      URI url = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/f.xml");
      Throwable failure = catchThrowable(() -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
          .send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()));
      assertThat(failure).isInstanceOf(IOException.class);
      assertThat(NetworkFailure.describe(url, failure))
          .isIn("connection reset", "connection closed before the response was complete");
    }
  }
}
