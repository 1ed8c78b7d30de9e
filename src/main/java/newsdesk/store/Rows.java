package newsdesk.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Maps result rows to records. Times are stored as ISO-8601 UTC text of one fixed width, always with
 * nine fractional digits ({@code 2024-05-01T10:00:00.500000000Z}): SQL compares them as text (in
 * {@code <}, {@code max()}, {@code ORDER BY}), which orders them in time only when every value has
 * the same width. {@link Instant#toString()} drops trailing zero digits, and {@code '.'} sorts before
 * {@code 'Z'}, so {@code ...:00.5Z} would compare before {@code ...:00Z}. Nine digits keep every
 * {@link Instant} exactly. Reading accepts any ISO-8601 instant, the older variable-width text too.
 */
final class Rows {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter FIXED_WIDTH =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private Rows() {}

  interface Mapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** The stored text of {@code t} (null for null): fixed width, so that text order is time order. */
  static String text(Instant t) {
    return t == null ? null : FIXED_WIDTH.format(t);
  }

  static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  static Source source(ResultSet rs) throws SQLException {
    return new Source(rs.getLong("id"), rs.getString("url"), rs.getString("key"), rs.getString("kind"),
        rs.getString("title"), rs.getString("etag"), rs.getString("last_modified"),
        instant(rs.getString("last_fetch_at")), instant(rs.getString("last_success_at")), rs.getString("last_error"),
        rs.getInt("consecutive_failures"), rs.getInt("poll_interval_s"), instant(rs.getString("next_fetch_at")),
        optionalText(rs, "last_warning"));
  }

  /**
   * A column added by a later migration: null when absent, as in a database opened read-only
   * without being migrated.
   */
  private static String optionalText(ResultSet rs, String column) throws SQLException {
    java.sql.ResultSetMetaData meta = rs.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      if (meta.getColumnName(i).equalsIgnoreCase(column)) return rs.getString(i);
    }
    return null;
  }

  /** The {@code published_precision} of a publication time given as a day alone (schema V20); NULL: with its time. */
  static final String DAY_PRECISION = "day";

  static StoredArticle article(ResultSet rs) throws SQLException {
    List<String> authors;
    try {
      authors = JSON.readValue(rs.getString("authors"), new TypeReference<List<String>>() {});
    } catch (java.io.IOException e) {
      authors = List.of();
    }
    return new StoredArticle(rs.getLong("id"), rs.getString("public_id"), Rows.nullableLong(rs, "source_id"),
        rs.getString("guid"), rs.getString("url"), rs.getString("canonical_url"), rs.getString("outlet"),
        rs.getString("title"), authors, instant(rs.getString("published")), instant(rs.getString("fetched_at")),
        rs.getString("language"), rs.getString("description"), rs.getString("image"), rs.getString("text"),
        rs.getString("text_source"), rs.getString("content_hash"), Rows.nullableLong(rs, "duplicate_of"),
        rs.getString("story_id"), instant(rs.getString("updated_at")), optionalInteger(rs, "page_status"), Integer.valueOf(1).equals(optionalInteger(rs, "link_gone")),
        optionalText(rs, "shown_url"), optionalText(rs, "declared_canonical"),
        DAY_PRECISION.equals(optionalText(rs, "published_precision")), optionalText(rs, "credited_agency"),
        optionalText(rs, "agency_contributed"));
  }

  /** An integer column added by a later migration: null when absent (see {@link #optionalText}) or NULL. */
  private static Integer optionalInteger(ResultSet rs, String column) throws SQLException {
    String v = optionalText(rs, column);
    return v == null ? null : Integer.valueOf(v.strip());
  }

  static StoryRecord story(ResultSet rs) throws SQLException {
    return new StoryRecord(rs.getString("id"), instant(rs.getString("created_at")),
        instant(rs.getString("first_published")), instant(rs.getString("last_published")),
        instant(rs.getString("updated_at")), rs.getInt("version"), rs.getString("merged_into"));
  }
}
