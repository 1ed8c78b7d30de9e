package newsdesk.store;

import static newsdesk.store.SqliteDatabase.first;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code stories} table with what hangs off a story: its cached brief ({@code briefs}) and its
 * related stories ({@code related_stories}). Each method implements the {@link NewsStore} method of
 * the same name and keeps its contract.
 */
final class SqliteStories {
  private final SqliteDatabase db;

  SqliteStories(SqliteDatabase db) {
    this.db = db;
  }

  void insertStory(StoryRecord s) {
    db.update("""
        INSERT INTO stories(id, created_at, first_published, last_published, updated_at, version, merged_into)
        VALUES (?, ?, ?, ?, ?, ?, ?)""", ps -> {
      ps.setString(1, s.id());
      ps.setString(2, Rows.text(s.createdAt()));
      ps.setString(3, Rows.text(s.firstPublished()));
      ps.setString(4, Rows.text(s.lastPublished()));
      ps.setString(5, Rows.text(s.updatedAt()));
      ps.setInt(6, s.version());
      ps.setString(7, s.mergedInto());
    });
  }

  Optional<StoryRecord> story(String id) {
    return first(db.query("SELECT * FROM stories WHERE id = ?", ps -> ps.setString(1, id), Rows::story));
  }

  void storyChanged(String storyId, Instant now) {
    db.update("UPDATE stories SET version = version + 1, updated_at = ? WHERE id = ?", ps -> {
      ps.setString(1, Rows.text(now));
      ps.setString(2, storyId);
    });
  }

  void storyGained(String storyId, Instant time, Instant now) {
    String t = Rows.text(time);
    db.update("""
        UPDATE stories SET version = version + 1, updated_at = ?,
          first_published = CASE WHEN first_published IS NULL OR first_published > ? THEN ? ELSE first_published END,
          last_published = CASE WHEN last_published IS NULL OR last_published < ? THEN ? ELSE last_published END
        WHERE id = ?""", ps -> {
      ps.setString(1, Rows.text(now));
      ps.setString(2, t);
      ps.setString(3, t);
      ps.setString(4, t);
      ps.setString(5, t);
      ps.setString(6, storyId);
    });
  }

  void mergeStory(String from, String into, Instant now) {
    db.inTransaction(() -> {
      StoryRecord gone = story(from).orElseThrow(() -> new IllegalArgumentException("unknown story " + from));
      db.update("UPDATE articles SET story_id = ? WHERE story_id = ?", ps -> { ps.setString(1, into); ps.setString(2, from); });
      db.update("UPDATE stories SET merged_into = ?, updated_at = ? WHERE id = ?", ps -> { ps.setString(1, into); ps.setString(2, Rows.text(now)); ps.setString(3, from); });
      db.update("UPDATE stories SET merged_into = ? WHERE merged_into = ?", ps -> { ps.setString(1, into); ps.setString(2, from); });
      db.update("DELETE FROM related_stories WHERE story_id = ? OR related_id = ?", ps -> { ps.setString(1, from); ps.setString(2, from); });
      if (gone.firstPublished() != null) storyGained(into, gone.firstPublished(), now);
      if (gone.lastPublished() != null) storyGained(into, gone.lastPublished(), now);
      return null;
    });
  }

  List<StoryRecord> storiesUpdatedBetween(Instant since, Instant until, int limit) {
    return db.query("""
        SELECT * FROM stories WHERE merged_into IS NULL AND last_published >= ? AND last_published <= ?
        ORDER BY last_published DESC, id LIMIT ?""", ps -> {
      ps.setString(1, Rows.text(since));
      ps.setString(2, Rows.text(until));
      ps.setInt(3, limit);
    }, Rows::story);
  }

  List<StoryRecord> storiesNeedingBrief() {
    return db.query("""
        SELECT s.* FROM stories s LEFT JOIN briefs b ON b.story_id = s.id
        WHERE s.merged_into IS NULL AND (b.story_id IS NULL OR b.story_version < s.version) ORDER BY s.id""",
        ps -> {}, Rows::story);
  }

  /**
   * Counts and sums that the writes at which a digest settles move: a new brief raises the count or
   * the sum of brief versions (one brief per story version), a merge the merged count, a replaced
   * list of related stories (nearly always) the count or the sum of their scores. One statement, so
   * the parts come from one snapshot of the database.
   */
  String digestVersion() {
    return db.query("""
        SELECT (SELECT count(*) || '.' || total(story_version) FROM briefs)
          || ':' || (SELECT count(merged_into) FROM stories)
          || ':' || (SELECT count(*) || '.' || total(score) FROM related_stories)""",
        ps -> {}, rs -> rs.getString(1)).getFirst();
  }

  void saveBrief(StoredBrief b) {
    db.update("""
        INSERT INTO briefs(story_id, story_version, headline, body_json, read_more_article, computed_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(story_id) DO UPDATE SET story_version = excluded.story_version, headline = excluded.headline,
          body_json = excluded.body_json, read_more_article = excluded.read_more_article, computed_at = excluded.computed_at""",
        ps -> {
          ps.setString(1, b.storyId());
          ps.setInt(2, b.storyVersion());
          ps.setString(3, b.brief().headline());
          ps.setString(4, db.json().encode(b.brief()));
          ps.setObject(5, b.readMoreArticle());
          ps.setString(6, Rows.text(Instant.now()));
        });
  }

  Optional<StoredBrief> brief(String storyId) {
    return first(db.query("SELECT * FROM briefs WHERE story_id = ?", ps -> ps.setString(1, storyId), rs -> new StoredBrief(
        rs.getString("story_id"), rs.getInt("story_version"), db.json().brief(rs.getString("body_json")),
        Rows.nullableLong(rs, "read_more_article"))));
  }

  void replaceRelated(String storyId, List<RelatedStory> related) {
    db.replaceRows("DELETE FROM related_stories WHERE story_id = ?", ps -> ps.setString(1, storyId),
        "INSERT INTO related_stories(story_id, rank, related_id, score) VALUES (?, ?, ?, ?)", related, (ps, r) -> {
          ps.setString(1, storyId);
          ps.setInt(2, r.rank());
          ps.setString(3, r.relatedId());
          ps.setDouble(4, r.score());
        });
  }

  List<RelatedStory> related(String storyId) {
    return db.query("SELECT * FROM related_stories WHERE story_id = ? ORDER BY rank", ps -> ps.setString(1, storyId),
        rs -> new RelatedStory(rs.getString("story_id"), rs.getInt("rank"), rs.getString("related_id"), rs.getDouble("score")));
  }
}
