package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.config.IngestLocks;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/**
 * The sources readers add on the web page follow one rule in every command that serves it: loopback
 * and private addresses only with {@code --allow-private-network}. The demo reads its own site on
 * loopback, and used to lend that allowance to the web page (a reader could add 127.0.0.1 under
 * {@code demo} and not under {@code serve}).
 */
class ReaderSourcesRuleTest {
  @Test
  void everyServingCommandTakesTheNetworkOptionsItsWebPageFollows() {
    List<Callable<Integer>> commands = List.of(new ServeCommand(), new RunCommand(new IngestLocks()), new DemoCommand(new IngestLocks()));
    for (Callable<Integer> command : commands) {
      CommandLine cl = new CommandLine(command);
      assertThat(cl.getCommandSpec().findOption("--allow-private-network")).as(cl.getCommandName()).isNotNull();
      cl.parseArgs();
      assertThat(network(command).config().allowPrivateNetwork()).as(cl.getCommandName()).isFalse();
      cl.parseArgs("--allow-private-network");
      assertThat(network(command).config().allowPrivateNetwork()).as(cl.getCommandName()).isTrue();
    }
  }

  private static NetworkOptions network(Callable<Integer> command) {
    return switch (command) {
      case ServeCommand s -> s.network;
      case RunCommand r -> r.network;
      case DemoCommand d -> d.network;
      default -> throw new IllegalArgumentException("not a serving command: " + command);
    };
  }
}
