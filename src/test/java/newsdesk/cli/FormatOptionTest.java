package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import newsdesk.config.DataDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format} reads the same way on every command that has it: any case, a refusal quoting the value. */
class FormatOptionTest {
  @TempDir Path dir;

  @BeforeEach
  void emptyDataFolder() {
    try (Workspace ws = Workspace.forIngest(DataDir.resolve(dir, Map.of()).create(), true, java.time.Clock.systemUTC())) {
      ws.store().articleCount();
    }
  }

  @Test
  void aFormatNameInCapitalsIsTheFormat() {
    for (String[] command : new String[][] {{"search", "volcano"}, {"sources", "list"}, {"digest"}}) {
      CliRun lower = CliRun.of(args(command, "json"));
      CliRun upper = CliRun.of(args(command, "JSON"));
      assertThat(upper.exit()).as(String.join(" ", command) + ": " + upper.err()).isZero();
      assertThat(upper.out()).as(String.join(" ", command)).isEqualTo(lower.out()).matches("(?s)[{\\[].*");
    }
  }

  @Test
  void anUnknownFormatIsAUsageErrorQuotingIt() {
    for (String[] command : new String[][] {{"search", "volcano"}, {"sources", "list"}, {"digest"}}) {
      CliRun r = CliRun.of(args(command, "xml"));
      assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(r.err()).contains("--format must be ").contains("got 'xml'");
      assertThat(r.out()).isEmpty();
    }
  }

  private String[] args(String[] command, String format) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(command));
    all.addAll(java.util.List.of("--data", dir.toString(), "--format", format));
    return all.toArray(String[]::new);
  }
}
