package newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirTest {
  @TempDir Path dir;

  @Test
  void theOptionThenTheEnvironmentThenTheLocalFolderDecide() {
    Path here = dir.resolve("here").resolve(DataDir.DEFAULT);
    Path home = dir.resolve("home");
    assertThat(DataDir.resolve(Path.of("x"), Map.of(DataDir.ENV, "y"), home, here).root()).isEqualTo(Path.of("x"));
    assertThat(DataDir.resolve(null, Map.of(DataDir.ENV, "y"), home, here).root()).isEqualTo(Path.of("y"));
    assertThat(DataDir.resolve(null, Map.of(), home, here).root()).as("nothing exists yet").isEqualTo(here);
  }

  @Test
  void theInstallationsDataIsFoundFromAnotherFolderUntilALocalOneExists() throws Exception {
    Path here = dir.resolve("here").resolve(DataDir.DEFAULT);
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve(DataDir.DEFAULT));
    assertThat(DataDir.resolve(null, Map.of(), home, here).root()).isEqualTo(home.resolve(DataDir.DEFAULT));
    Files.createDirectories(here);
    assertThat(DataDir.resolve(null, Map.of(), home, here).root()).isEqualTo(here);
  }
}
