package newsdesk.store;

import static newsdesk.store.SqliteDatabase.first;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The {@code sources} table: the feeds that are polled, their polling state, and their profile
 * (site and folder, schema V4); with the outlet names that {@link SqliteOutletNames} keeps, the
 * {@link SourceStore} role. Each method implements the {@link NewsStore} method of the same name
 * and keeps its contract.
 */
final class SqliteSources implements SourceStore {
  private final SqliteDatabase db;
  /** Stamps a new source's {@code added_at}. */
  private final Clock clock;
  private final SqliteOutletNames outletNames;

  SqliteSources(SqliteDatabase db, Clock clock, SqliteOutletNames outletNames) {
    this.db = db;
    this.clock = clock;
    this.outletNames = outletNames;
  }

  @Override
  public void countOutletName(String host, String name) {
    outletNames.countOutletName(host, name);
  }

  @Override
  public Optional<String> outletName(String host) {
    return outletNames.outletName(host);
  }

  @Override
  public Source addSource(String url, String kind, String key, String title) {
    return db.inTransaction(() -> {
      if (key != null) {
        Optional<Source> byKey = first(db.query("SELECT * FROM sources WHERE key = ?", ps -> ps.setString(1, key), Rows::source));
        if (byKey.isPresent()) {
          if (!byKey.get().url().equals(url)) {
            db.update("DELETE FROM sources WHERE url = ? AND id <> ?", ps -> { ps.setString(1, url); ps.setLong(2, byKey.get().id()); });
            db.update("UPDATE sources SET url = ? WHERE id = ?", ps -> { ps.setString(1, url); ps.setLong(2, byKey.get().id()); });
          }
          return source(byKey.get().id()).orElseThrow();
        }
      }
      Optional<Source> byUrl = first(db.query("SELECT * FROM sources WHERE url = ?", ps -> ps.setString(1, url), Rows::source));
      if (byUrl.isPresent()) return byUrl.get();
      db.update("INSERT INTO sources(url, key, kind, title, added_at) VALUES (?, ?, ?, ?, ?)", ps -> {
        ps.setString(1, url);
        ps.setString(2, key);
        ps.setString(3, kind);
        ps.setString(4, title);
        ps.setString(5, Rows.text(clock.instant()));
      });
      return first(db.query("SELECT * FROM sources WHERE url = ?", ps -> ps.setString(1, url), Rows::source)).orElseThrow();
    });
  }

  @Override
  public List<Source> sources() {
    return db.query("SELECT * FROM sources ORDER BY id", ps -> {}, Rows::source);
  }

  @Override
  public Optional<Source> source(long id) {
    return first(db.query("SELECT * FROM sources WHERE id = ?", ps -> ps.setLong(1, id), Rows::source));
  }

  @Override
  public boolean removeSource(long id) {
    return db.update("DELETE FROM sources WHERE id = ?", ps -> ps.setLong(1, id)) > 0;
  }

  @Override
  public void updateSource(Source s) {
    db.update("""
        UPDATE sources SET title = ?, etag = ?, last_modified = ?, last_fetch_at = ?, last_success_at = ?,
          last_error = ?, consecutive_failures = ?, poll_interval_s = ?, next_fetch_at = ?, last_warning = ? WHERE id = ?""", ps -> {
      ps.setString(1, s.title());
      ps.setString(2, s.etag());
      ps.setString(3, s.lastModified());
      ps.setString(4, Rows.text(s.lastFetchAt()));
      ps.setString(5, Rows.text(s.lastSuccessAt()));
      ps.setString(6, s.lastError());
      ps.setInt(7, s.consecutiveFailures());
      ps.setInt(8, s.pollIntervalSeconds());
      ps.setString(9, Rows.text(s.nextFetchAt()));
      ps.setString(10, s.lastWarning());
      ps.setLong(11, s.id());
    });
  }

  @Override
  public void saveSourceProfile(long sourceId, SourceProfile profile) {
    db.update("UPDATE sources SET site_url = ?, folder = ? WHERE id = ?", ps -> {
      ps.setString(1, profile.siteUrl());
      ps.setString(2, profile.folder());
      ps.setLong(3, sourceId);
    });
  }

  @Override
  public SourceProfile sourceProfile(long sourceId) {
    return first(db.query("SELECT site_url, folder FROM sources WHERE id = ?", ps -> ps.setLong(1, sourceId),
        rs -> new SourceProfile(rs.getString("site_url"), rs.getString("folder")))).orElse(SourceProfile.NONE);
  }

  @Override
  public boolean moveSource(long sourceId, String url) {
    return db.update("UPDATE sources SET url = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM sources WHERE url = ?)", ps -> {
      ps.setString(1, url);
      ps.setLong(2, sourceId);
      ps.setString(3, url);
    }) > 0;
  }
}
