package newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsdesk.config.DataDir;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoreException;

/**
 * Where the demo keeps its data: a folder of its own ({@code ./newsdesk-demo}), never the reader's
 * data folder ({@code --data} default, {@code $NEWSDESK_DATA}), because the demo subscribes to six
 * feeds on a port that dies with it and adds its 291 stories to whatever digest the folder holds.
 * An explicit {@code --data} is taken only when it holds no source but the demo's.
 */
final class DemoFolder {
  /** The demo's folder when no {@code --data} is given, relative to the folder the command runs in. */
  static final String DEFAULT = "newsdesk-demo";

  private DemoFolder() {}

  /** The demo's data folder for {@code option} (null: none given), created when missing. */
  static DataDir resolve(Path option) {
    DataDir dir = of(option);
    if (option != null) refuseForeignSources(dir);
    return dir.create();
  }

  /** The folder {@link #resolve} takes for {@code option}, unchecked and not created. */
  static DataDir of(Path option) {
    return new DataDir(option != null ? option : Path.of(DEFAULT));
  }

  /** Fails when {@code dir} holds a database with a source the demo did not register. */
  private static void refuseForeignSources(DataDir dir) {
    if (!Files.isRegularFile(dir.database())) return;
    List<Source> foreign;
    // Read-only: the reader's folder is not migrated, locked or indexed before it is known to be the demo's.
    try (SqliteNewsStore store = SqliteNewsStore.openReadOnly(dir.database())) {
      foreign = store.sources().stream().filter(s -> !"demo".equals(s.kind())).toList();
    } catch (StoreException e) {
      throw new UserError("cannot tell whether " + dir.root().toAbsolutePath() + " is a demo data folder ("
          + e.getMessage() + "); the demo writes only into a folder of its own: leave out --data (it then uses ./"
          + DEFAULT + ") or give an empty folder", e);
    }
    if (!foreign.isEmpty()) {
      throw new UserError("data folder " + dir.root().toAbsolutePath() + " holds " + Plural.count(foreign.size(), "source")
          + " that the demo did not add (" + foreign.getFirst().url() + (foreign.size() > 1 ? ", ..." : "")
          + "); the demo would mix its stories into that digest. Leave out --data (the demo then uses ./" + DEFAULT
          + ") or give an empty folder");
    }
  }
}
