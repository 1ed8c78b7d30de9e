package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsdesk.config.DataDir;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which commands create the data folder, which refuse a missing one, and what they say. */
class DataOptionTest {
  @TempDir Path dir;

  private static CliRun run(Path data, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(data.toString());
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void commandsThatOnlyReadOrChangeWhatExistsRefuseAMistypedDataFolder() {
    Path typo = dir.resolve("typo");
    for (String[] command : List.of(new String[] {"digest"}, new String[] {"search", "volcano"}, new String[] {"sources", "list"},
        new String[] {"sources", "export"}, new String[] {"sources", "remove", "1"}, new String[] {"reindex"})) {
      CliRun r = run(typo, command);
      assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).as(String.join(" ", command))
          .endsWith(": no newsdesk data folder at " + typo.toAbsolutePath() + "; add a source first or check --data\n");
      assertThat(typo).as(String.join(" ", command)).doesNotExist();
    }
  }

  /**
   * An empty {@code --data} (an unset shell variable, {@code --data "$DIR"}) would otherwise name the
   * current folder: it is refused, for commands that create a folder as for those that read one.
   */
  @Test
  void anEmptyDataOptionIsRefusedRatherThanTakenAsTheCurrentFolder() {
    Path here = Path.of("").toAbsolutePath();
    boolean hadDatabase = Files.exists(here.resolve("newsdesk.db"));
    for (String[] command : List.of(new String[] {"sources", "list"}, new String[] {"fetch"},
        new String[] {"sources", "add", "https://example.org/feed.xml", "--no-discover"})) {
      for (String blank : List.of("", " ")) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--data");
        args.add(blank);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(2);
        assertThat(r.err()).as(String.join(" ", command)).contains("--data is empty: give a folder");
      }
    }
    assertThat(Files.exists(here.resolve("newsdesk.db"))).as("no database made in the current folder").isEqualTo(hadDatabase);
  }

  @Test
  void aFolderWithoutADatabaseIsNotADataFolder() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun r = run(empty, "sources", "list");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no newsdesk data folder at " + empty.toAbsolutePath() + " (it holds no newsdesk.db)");
    assertThat(empty).isEmptyDirectory();
  }

  @Test
  void servingANewFolderSaysThatItStartsANewOne() {
    Path typo = dir.resolve("typo");
    DataOption option = new DataOption();
    option.data = typo;
    java.io.PrintStream old = System.err;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    try (java.io.PrintStream e = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)) {
      System.setErr(e);
      assertThat(option.servedDataDir("serve").root()).isEqualTo(typo);
      assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("newsdesk serve: note: no newsdesk data at "
          + typo.toAbsolutePath() + "; starting a new, empty data folder there (check --data or $NEWSDESK_DATA if you meant another)\n");
      assertThat(typo).isDirectory();

      err.reset();
      try (SqliteNewsStore store = SqliteNewsStore.open(typo.resolve("newsdesk.db"))) {
        assertThat(store.sources()).isEmpty();
      }
      option.servedDataDir("serve");
      assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).as("an existing data folder").isEmpty();
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void commandsThatCreateStateCreateTheDataFolder() {
    Path fresh = dir.resolve("fresh");
    CliRun add = run(fresh, "sources", "add", "https://example.org/feed.xml", "--no-discover");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(fresh.resolve("newsdesk.db")).isRegularFile();
    assertThat(run(fresh, "sources", "list").out()).contains("https://example.org/feed.xml");
  }

  @Test
  void aDataFolderThatIsAFileIsNamedAsSuch() throws Exception {
    Path file = Files.writeString(dir.resolve("qa-file"), "not a folder");
    for (String[] command : List.of(new String[] {"digest"}, new String[] {"sources", "add", "https://example.org/f", "--no-discover"})) {
      CliRun r = run(file, command);
      assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", command))
          .contains("data folder " + file.toAbsolutePath() + " is a file, not a folder; check --data");
    }
    CliRun below = run(file.resolve("sub"), "sources", "add", "https://example.org/f", "--no-discover");
    assertThat(below.exit()).isEqualTo(2);
    assertThat(below.err()).contains("cannot create data folder " + file.resolve("sub").toAbsolutePath())
        .contains(file + " is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void readingCommandsCreateNoIndex() throws Exception {
    Path data = dir.resolve("data");
    try (SqliteNewsStore store = SqliteNewsStore.open(new DataDir(data).create().database())) {
      store.addSource("https://example.org/feed.xml", "feed", null, "Example");
    }
    for (String[] command : List.of(new String[] {"digest"}, new String[] {"sources", "list"}, new String[] {"sources", "export"})) {
      CliRun r = run(data, command);
      assertThat(r.exit()).as(r.err()).isZero();
    }
    // no index is created (SQLite may keep its WAL files beside the database: they belong to it)
    assertThat(files(data)).filteredOn(p -> !p.toString().startsWith("newsdesk.db")).containsExactly(Path.of(""));
    CliRun search = run(data, "search", "anything");
    assertThat(search.exit()).as(search.err()).isZero();
    assertThat(data.resolve("index")).doesNotExist();
  }

  /**
   * End to end, this takes the read-only path only when the tests do not run as root (root may
   * write anyway; CI runs as root): then it is a plain read. The immutable open itself is tested
   * without permissions in {@code SqliteNewsStoreReadOnlyTest}. Checked by hand as {@code nobody}
   * on 2026-11-29: a read-only copy with and without its {@code -shm}/{@code -wal} files lists and
   * searches; with a non-empty {@code -wal} and no {@code -shm} the error names both.
   */
  @Test
  void readingCommandsWorkOnAReadOnlyDataFolder() throws Exception {
    Path data = dir.resolve("data");
    try (SqliteNewsStore store = SqliteNewsStore.open(new DataDir(data).create().database())) {
      store.addSource("https://example.org/feed.xml", "feed", null, "Example");
    }
    Files.setPosixFilePermissions(data.resolve("newsdesk.db"), PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      CliRun list = run(data, "sources", "list");
      assertThat(list.exit()).as(list.err()).isZero();
      assertThat(list.out()).contains("https://example.org/feed.xml");
      CliRun search = run(data, "search", "anything");
      assertThat(search.exit()).as(search.err()).isZero();
    } finally {
      Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(data.resolve("newsdesk.db"), PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static List<Path> files(Path folder) throws Exception {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.map(folder::relativize).sorted().toList();
    }
  }
}
