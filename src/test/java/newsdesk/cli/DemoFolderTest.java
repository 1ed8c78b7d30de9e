package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo never writes into a reader's data folder. */
class DemoFolderTest {
  @TempDir Path dir;

  @Test
  void withoutDataTheDemoUsesItsOwnFolderNotTheReadersDefault() {
    assertThat(DemoFolder.of(null).root()).isEqualTo(Path.of("newsdesk-demo"));
    assertThat(DemoFolder.of(null)).isNotEqualTo(newsdesk.config.DataDir.resolve(null, java.util.Map.of()))
        .isNotEqualTo(newsdesk.config.DataDir.resolve(null, java.util.Map.of("NEWSDESK_DATA", "/srv/news")));
    String help = String.join(" ", new picocli.CommandLine(new DemoCommand(new newsdesk.config.IngestLocks()))
        .getCommandSpec().findOption("--data").description());
    assertThat(help).contains("newsdesk-demo").contains("never $NEWSDESK_DATA");
  }

  @Test
  void aFolderWithTheReadersOwnSourcesIsRefusedUntouched() throws Exception {
    Path real = dir.resolve("real");
    CliRun add = CliRun.of("sources", "add", "https://example.org/feed.xml", "--no-discover", "--data", real.toString());
    assertThat(add.exit()).as(add.err()).isZero();
    long size = java.nio.file.Files.size(real.resolve("newsdesk.db"));

    CliRun demo = CliRun.of("demo", "--no-serve", "--data", real.toString());

    assertThat(demo.exit()).isEqualTo(2);
    assertThat(demo.out()).isEmpty();
    assertThat(demo.err()).contains("data folder " + real.toAbsolutePath() + " holds 1 source that the demo did not add"
        + " (https://example.org/feed.xml)").contains("Leave out --data");
    try (SqliteNewsStore store = SqliteNewsStore.openReadOnly(real.resolve("newsdesk.db"))) {
      assertThat(store.sources()).singleElement().satisfies(s -> assertThat(s.kind()).isNotEqualTo("demo"));
    }
    assertThat(real.resolve("index")).doesNotExist();
    assertThat(java.nio.file.Files.size(real.resolve("newsdesk.db"))).isEqualTo(size);
  }

  @Test
  void aFolderWithOnlyTheDemosSourcesOrNothingIsTaken() throws Exception {
    Path empty = dir.resolve("empty");
    assertThat(DemoFolder.resolve(empty).root()).isEqualTo(empty);
    Path earlier = dir.resolve("earlier");
    java.nio.file.Files.createDirectories(earlier);
    try (SqliteNewsStore store = SqliteNewsStore.open(earlier.resolve("newsdesk.db"))) {
      store.addSource("http://127.0.0.1:1/world.xml", "demo", "demo:wikinews:world", null);
    }
    assertThat(DemoFolder.resolve(earlier).root()).isEqualTo(earlier);
  }
}
