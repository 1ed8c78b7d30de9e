package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import newsdesk.dedup.ContentHash;
import newsdesk.dedup.UrlCanonicalizer;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema V10, how entries and articles are identified. A Java migration because the new keys are
 * computed by the application's own code, which SQLite cannot run:
 *
 * <ul>
 *   <li>{@code content_hash} is recomputed for every article with {@link ContentHash}. The old key
 *       kept only ASCII letters and digits, so every text in another script (Cyrillic, Greek,
 *       Arabic, CJK) had the key of "" and new articles in those scripts were taken for copies of
 *       the first; nulling the keys instead would leave stored articles unfindable as originals.
 *       Articles already wrongly attached as copies stay attached (telling them from real copies
 *       would need the near-duplicate check of admission).
 *   <li>{@code entry_fingerprint} is cleared: it now hashes the entry's words, not its markup, so
 *       an old one would differ from every entry's new one and have every article read and
 *       rewritten again. Articles without one take it from their next poll without being read.
 *   <li>An article stored from a hash-bang link ({@code #!/story/1}) gets the canonical URL that
 *       keeps the route, as new ones do, unless another article holds it already.
 *   <li>{@code articles(source_id, url)} is indexed: an entry is also recognised by the link its
 *       article was stored from, since the canonical URL may be the one the page declares.
 * </ul>
 */
public final class V10__Content_hashes_and_entry_identity extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    recomputeContentHashes(c);
    keepHashBangRoutes(c);
    try (Statement st = c.createStatement()) {
      st.execute("UPDATE articles SET entry_fingerprint = NULL");
      st.execute("CREATE INDEX articles_source_url ON articles(source_id, url)");
    }
  }

  private static void recomputeContentHashes(Connection c) throws SQLException {
    // Read to the end before writing: the keys are small, the texts are not kept.
    Map<Long, String> changed = new LinkedHashMap<>();
    try (Statement read = c.createStatement(); ResultSet rs = read.executeQuery("SELECT id, text, content_hash FROM articles")) {
      while (rs.next()) {
        String hash = ContentHash.of(rs.getString(2));
        if (!hash.equals(rs.getString(3))) changed.put(rs.getLong(1), hash);
      }
    }
    try (PreparedStatement write = c.prepareStatement("UPDATE articles SET content_hash = ? WHERE id = ?")) {
      for (Map.Entry<Long, String> e : changed.entrySet()) {
        write.setString(1, e.getValue());
        write.setLong(2, e.getKey());
        write.addBatch();
      }
      write.executeBatch();
    }
  }

  private static void keepHashBangRoutes(Connection c) throws SQLException {
    UrlCanonicalizer canonicalizer = UrlCanonicalizer.withBundledRules();
    Map<Long, String> routes = new LinkedHashMap<>();
    try (Statement read = c.createStatement(); ResultSet rs = read.executeQuery(
        "SELECT id, url FROM articles WHERE instr(url, '#!') > 0 AND instr(canonical_url, '#!') = 0 ORDER BY id")) {
      while (rs.next()) {
        String canonical = canonicalizer.canonicalize(rs.getString(2));
        if (canonical.contains("#!")) routes.put(rs.getLong(1), canonical);
      }
    }
    try (PreparedStatement write = c.prepareStatement("""
        UPDATE articles SET canonical_url = ?
        WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE canonical_url = ?)""")) {
      for (Map.Entry<Long, String> e : routes.entrySet()) {
        write.setString(1, e.getValue());
        write.setLong(2, e.getKey());
        write.setString(3, e.getValue());
        write.executeUpdate();
      }
    }
  }
}
