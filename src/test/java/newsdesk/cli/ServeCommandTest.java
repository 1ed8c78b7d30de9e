package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve, run and demo refuse an address they cannot listen on before they start anything. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aBusyPortIsOneLineBeforeAnythingStarts() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = Integer.toString(busy.getLocalPort());
      for (String command : new String[] {"serve", "run", "demo"}) {
        Path data = dir.resolve(command);
        CliRun r = CliRun.of(command, "--data", data.toString(), "--port", port);
        assertThat(r.exit()).as(command).isEqualTo(2);
        assertThat(r.err().strip()).as(command).isEqualTo("newsdesk " + command + ": cannot listen on 127.0.0.1:" + port
            + ": the port is already in use by another program (choose another --bind or --port)");
        assertThat(r.out()).as(command + ": no digest before the failure").isEmpty();
        assertThat(data.resolve("newsdesk.db")).as(command + ": nothing stored, no password generated").doesNotExist();
      }
    }
  }

  @Test
  void anAddressOfAnotherMachineIsNamedAsSuch() {
    CliRun r = CliRun.of("serve", "--data", dir.toString(), "--bind", "192.0.2.1", "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("newsdesk serve: cannot listen on 192.0.2.1:0: 192.0.2.1 is not an address of this machine"
        + " (choose another --bind or --port)");
    assertThat(Files.exists(dir.resolve("newsdesk.db"))).isFalse();
  }
}
