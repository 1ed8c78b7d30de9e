package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import newsdesk.dedup.UrlCanonicalizer;
import newsdesk.pipeline.ShownUrls;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema V19, the shown address of the AMP articles stored before V18 gave new ones theirs
 * ({@code articles.shown_url}): each article stored under an AMP link without a shown address gets
 * the one an article stored now would get from that link ({@link ShownUrls#ofStoredLink}: the link
 * without its AMP markers; the canonical its page declared was not kept then, so the same-site
 * canonical new articles may show instead is not known). A Java migration because the address is
 * computed by the application's own code, which SQLite cannot run.
 *
 * <p>It runs once, in one transaction (Flyway migrates SQLite transactionally and records V19 in
 * the same commit): a process killed midway leaves the store as it was before, and the next start
 * runs it again from the beginning.
 *
 * <p>A story's front-page entry shows its articles' shown addresses, so {@code shown_url} joins the
 * columns whose change moves the article's story stamp (V9, V13), and the digest version moves once
 * when an address was filled, so that a front page, feed or validator of before the upgrade is not
 * served again unchanged.
 */
public final class V19__Shown_urls_of_earlier_amp_articles extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement st = c.createStatement()) {
      st.execute("DROP TRIGGER stamp_article_updated");
      st.execute("""
          CREATE TRIGGER stamp_article_updated
          AFTER UPDATE OF story_id, outlet, url, title, published, language, link_gone, shown_url ON articles
          BEGIN
            INSERT INTO story_stamps(story_id, stamp) SELECT new.story_id, 1 WHERE new.story_id IS NOT NULL
              UNION SELECT old.story_id, 1 WHERE old.story_id IS NOT NULL
              ON CONFLICT(story_id) DO UPDATE SET stamp = stamp + 1;
          END""");
    }
    ShownUrls shown = new ShownUrls(UrlCanonicalizer.withBundledRules());
    // Every AMP marker withoutAmp removes contains "amp" (LIKE ignores ASCII case): the others are not read.
    Map<Long, String> filled = new LinkedHashMap<>();
    try (Statement read = c.createStatement(); ResultSet rs = read.executeQuery(
        "SELECT id, url FROM articles WHERE shown_url IS NULL AND url LIKE '%amp%' ORDER BY id")) {
      while (rs.next()) {
        String address = shown.ofStoredLink(rs.getString(2));
        if (address != null && !address.equals(rs.getString(2))) filled.put(rs.getLong(1), address);
      }
    }
    try (PreparedStatement write = c.prepareStatement("UPDATE articles SET shown_url = ? WHERE id = ?")) {
      for (Map.Entry<Long, String> e : filled.entrySet()) {
        write.setString(1, e.getValue());
        write.setLong(2, e.getKey());
        write.addBatch();
      }
      write.executeBatch();
    }
    if (!filled.isEmpty()) {
      try (Statement st = c.createStatement()) {
        st.execute("UPDATE digest_version SET version = version + 1 WHERE id = 1");
      }
    }
  }
}
