package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the server cannot listen: one clear line, and no password shown for a server that never started. */
class ListenCheckTest {
  /** TEST-NET-1 (RFC 5737): reserved for documentation, never an address of this machine. */
  static final String NOT_HERE = "192.0.2.1";
  @TempDir Path dir;

  @Test
  void aBusyPortIsNamedWithItsAddress() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = busy.getLocalPort();
      assertThatThrownBy(() -> ListenCheck.require("127.0.0.1", port)).isInstanceOf(CannotListenException.class)
          .hasMessage("cannot listen on 127.0.0.1:" + port + ": the port is already in use by another program");
    }
  }

  @Test
  void anAddressOfAnotherMachineIsNotCalledABusyPort() {
    assertThatThrownBy(() -> ListenCheck.require(NOT_HERE, 0)).isInstanceOf(CannotListenException.class)
        .hasMessage("cannot listen on " + NOT_HERE + ":0: " + NOT_HERE + " is not an address of this machine");
  }

  @Test
  void aFreePortPasses() {
    assertThatCode(() -> ListenCheck.require("127.0.0.1", 0)).doesNotThrowAnyException();
  }

  @Test
  void theServerReportsTheCauseAndPrintsNoPasswordWhenItCannotListen() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db")); LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("ix"));
        ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      int port = busy.getLocalPort();
      try (WebServer web = new WebServer(store, index, WebOptions.defaults(), new PrintStream(log, true, StandardCharsets.UTF_8))) {
        assertThatThrownBy(() -> web.start("127.0.0.1", port)).isInstanceOf(CannotListenException.class)
            .hasMessage("cannot listen on 127.0.0.1:" + port + ": the port is already in use by another program");
      }
      try (WebServer web = new WebServer(store, index, WebOptions.defaults(), new PrintStream(log, true, StandardCharsets.UTF_8))) {
        assertThatThrownBy(() -> web.start(NOT_HERE, 0)).isInstanceOf(CannotListenException.class)
            .hasMessageContaining("is not an address of this machine");
      }
      assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("password");
      assertThat(store.setting(Auth.PASSWORD_KEY)).isEmpty();
    }
  }
}
