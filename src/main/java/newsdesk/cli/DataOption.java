package newsdesk.cli;

import java.nio.file.Path;
import newsdesk.config.DataDir;
import newsdesk.config.UnusableDataDirException;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes. */
public final class DataOption {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder (default: $NEWSDESK_DATA; else newsdesk-data in the current folder, or the one beside"
          + " the newsdesk launcher when only that one exists).")
  Path data;

  /** The data folder for a command that creates state (sources add/import, fetch, run, serve, demo): created when missing. */
  DataDir dataDir() {
    try {
      return resolved().create();
    } catch (UnusableDataDirException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /**
   * As {@link #dataDir()}, for a command that serves what the folder holds ({@code serve}, {@code run}):
   * when it holds no database yet, stderr says that a new, empty data folder starts there, since a
   * mistyped {@code --data} would otherwise be served empty (with a new password) in silence.
   */
  DataDir servedDataDir(String command) {
    DataDir dir = resolved();
    boolean fresh = !java.nio.file.Files.isRegularFile(dir.database());
    dir.create();
    if (fresh) {
      System.err.println("newsdesk " + command + ": note: no newsdesk data at " + dir.root().toAbsolutePath()
          + "; starting a new, empty data folder there (check --data or $NEWSDESK_DATA if you meant another)");
    }
    return dir;
  }

  /** The data folder for a command that reads or changes what exists: a missing folder is an error, never created. */
  DataDir existingDataDir() {
    try {
      return resolved().requireExisting();
    } catch (UnusableDataDirException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /** The data folder named, neither created nor checked. */
  DataDir resolved() {
    // Path.of("") is the current folder: an empty --data (say, an unset variable) must not make it the data folder.
    if (data != null && data.toString().isBlank()) throw new UserError("--data is empty: give a folder");
    String home = System.getProperty("newsdesk.home");
    return DataDir.resolve(data, System.getenv(), home == null ? null : Path.of(home));
  }
}
