package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import newsdesk.config.DataDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code newsdesk search} says when it cannot search: its messages name the command's own inputs. */
class SearchMessagesTest {
  @TempDir Path dir;

  private CliRun search(String... args) {
    return CliRun.on(dir, "search", args);
  }

  private void emptyFolder(boolean withSource) {
    try (Workspace ws = Workspace.forIngest(DataDir.resolve(dir, java.util.Map.of()).create(), true, java.time.Clock.systemUTC())) {
      if (withSource) ws.store().addSource("https://example.org/feed.xml", "feed", "https://example.org/feed.xml", "Example");
    }
  }

  @Test
  void aFolderWithNothingFetchedSaysSoInsteadOfNoMatch() {
    emptyFolder(true);
    for (String format : new String[] {"text", "json"}) {
      CliRun r = search("--format", format, "volcano");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.err()).contains("nothing fetched yet: run `newsdesk fetch --data " + dir + "`").doesNotContain("no article matches");
    }
  }

  @Test
  void aFolderWithoutSourcesSaysToAddOne() {
    emptyFolder(false);
    CliRun r = search("volcano");
    assertThat(r.err()).contains("nothing fetched yet: add a source with `newsdesk sources add URL");
  }
}
