package newsdesk.store;

import static newsdesk.store.SqliteDatabase.first;

import java.util.Optional;

/**
 * The {@code outlet_names} table (schema V7): how often each host's pages declared each name. Each
 * method implements the {@link NewsStore} method of the same name and keeps its contract.
 */
final class SqliteOutletNames {
  private final SqliteDatabase db;

  SqliteOutletNames(SqliteDatabase db) {
    this.db = db;
  }

  void countOutletName(String host, String name) {
    db.update("""
        INSERT INTO outlet_names(host, name, pages) VALUES (?, ?, 1)
          ON CONFLICT(host, name) DO UPDATE SET pages = pages + 1""", ps -> {
      ps.setString(1, host);
      ps.setString(2, name);
    });
  }

  Optional<String> outletName(String host) {
    return first(db.query("SELECT name FROM outlet_names WHERE host = ? ORDER BY pages DESC, name LIMIT 1",
        ps -> ps.setString(1, host), rs -> rs.getString(1)));
  }
}
