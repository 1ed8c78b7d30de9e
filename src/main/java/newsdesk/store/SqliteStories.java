package newsdesk.store;

import static newsdesk.store.SqliteDatabase.first;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code stories} table with what hangs off a story: its cached brief ({@code briefs}) and its
 * related stories ({@code related_stories}). Each method implements the {@link NewsStore} method of
 * the same name and keeps its contract.
 */
final class SqliteStories implements StoryStore {
  private final SqliteDatabase db;
  /** Whether the schema has the digest counter and story stamps (V9); false only on an older database opened read-only. */
  private final boolean hasCounter;
  /** Without stamps in the schema: the count of {@link #storyStamps} calls, so each returns new values. */
  private final AtomicLong unstampedCalls = new AtomicLong();
  /** Stamps a brief's {@code computed_at}. */
  private final Clock clock;

  SqliteStories(SqliteDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.hasCounter = !db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'digest_version'",
        ps -> {}, rs -> rs.getString(1)).isEmpty();
  }

  @Override
  public void insertStory(StoryRecord s) {
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

  @Override
  public Optional<StoryRecord> story(String id) {
    return first(db.query("SELECT * FROM stories WHERE id = ?", ps -> ps.setString(1, id), Rows::story));
  }

  @Override
  public void storyChanged(String storyId, Instant now) {
    db.update("UPDATE stories SET version = version + 1, updated_at = ? WHERE id = ?", ps -> {
      ps.setString(1, Rows.text(now));
      ps.setString(2, storyId);
    });
  }

  @Override
  public void storyGained(String storyId, Instant time, Instant now) {
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

  @Override
  public void mergeStory(String from, String into, Instant now) {
    // A story forwarded to itself would hide it from every digest (merged_into set) and loop any walk of the forwards.
    if (from.equals(into)) throw new IllegalArgumentException("into must differ from from, got " + into + " for both");
    db.inTransaction(() -> {
      StoryRecord gone = story(from).orElseThrow(() -> new IllegalArgumentException("unknown story " + from));
      db.update("UPDATE articles SET story_id = ? WHERE story_id = ?", ps -> { ps.setString(1, into); ps.setString(2, from); });
      db.update("UPDATE stories SET merged_into = ?, updated_at = ? WHERE id = ?", ps -> { ps.setString(1, into); ps.setString(2, Rows.text(now)); ps.setString(3, from); });
      db.update("UPDATE stories SET merged_into = ? WHERE merged_into = ?", ps -> { ps.setString(1, into); ps.setString(2, from); });
      db.update("DELETE FROM related_stories WHERE story_id = ? OR related_id = ?", ps -> { ps.setString(1, from); ps.setString(2, from); });
      db.update("DELETE FROM related_pending WHERE story_id = ?", ps -> ps.setString(1, from));
      if (gone.firstPublished() != null) storyGained(into, gone.firstPublished(), now);
      if (gone.lastPublished() != null) storyGained(into, gone.lastPublished(), now);
      return null;
    });
  }

  @Override
  public Optional<String> moveArticle(String publicId, String into, Instant now) {
    return db.inTransaction(() -> {
      Optional<Moving> found = first(db.query(
          "SELECT id, story_id, coalesce(published, fetched_at) FROM articles WHERE public_id = ?",
          ps -> ps.setString(1, publicId), rs -> new Moving(rs.getLong(1), rs.getString(2), rs.getString(3))));
      if (found.isEmpty() || found.get().story() == null || found.get().story().equals(into)) return Optional.<String>empty();
      Moving a = found.get();
      story(into).orElseThrow(() -> new IllegalArgumentException("unknown story " + into));
      db.update("UPDATE articles SET story_id = ? WHERE id = ? OR duplicate_of = ?", ps -> {
        ps.setString(1, into);
        ps.setLong(2, a.id());
        ps.setLong(3, a.id());
      });
      storyGained(into, Rows.instant(a.time()), now);
      Span left = db.query("""
          SELECT count(*), min(coalesce(published, fetched_at)), max(coalesce(published, fetched_at))
          FROM articles WHERE story_id = ?""", ps -> ps.setString(1, a.story()),
          rs -> new Span(rs.getInt(1), rs.getString(2), rs.getString(3))).getFirst();
      if (left.articles() == 0) {
        mergeStory(a.story(), into, now); // emptied: it disappears as an absorbed story does
      } else {
        db.update("""
            UPDATE stories SET version = version + 1, updated_at = ?, first_published = ?, last_published = ?
            WHERE id = ?""", ps -> {
          ps.setString(1, Rows.text(now));
          ps.setString(2, left.first());
          ps.setString(3, left.last());
          ps.setString(4, a.story());
        });
      }
      return Optional.of(a.story());
    });
  }

  /** An article being moved: its row id, story and time (as stored). */
  private record Moving(long id, String story, String time) {}

  /** What remains of a story an article left: its article count and time span (as stored). */
  private record Span(int articles, String first, String last) {}

  @Override
  public List<StoryRecord> storiesUpdatedBetween(Instant since, Instant until, int limit) {
    return db.query("""
        SELECT * FROM stories WHERE merged_into IS NULL AND last_published >= ? AND last_published <= ?
        ORDER BY last_published DESC, id LIMIT ?""", ps -> {
      ps.setString(1, Rows.text(since));
      ps.setString(2, Rows.text(until));
      ps.setInt(3, limit);
    }, Rows::story);
  }

  @Override
  public List<StoryRecord> storiesNeedingBrief() {
    return db.query("""
        SELECT s.* FROM stories s LEFT JOIN briefs b ON b.story_id = s.id
        WHERE s.merged_into IS NULL AND (b.story_id IS NULL OR b.story_version < s.version) ORDER BY s.id""",
        ps -> {}, Rows::story);
  }

  /**
   * The counter row of {@code digest_version} (schema V9), which triggers raise in the transaction
   * of every write that moves a digest: one primary-key read, whatever the size of the archive. A
   * database of an older schema opened read-only (not migrated) has no counter; it is then the
   * aggregate the counter replaced, read whole: counts and sums that a new brief, a merge or a
   * replaced list of related stories (nearly always) move.
   */
  @Override
  public String digestVersion() {
    if (!hasCounter) return db.queryOne(AGGREGATE_VERSION, rs -> rs.getString(1));
    return db.queryOne("SELECT version FROM digest_version WHERE id = 1", rs -> rs.getString(1));
  }

  /**
   * The {@code story_stamps} rows of {@code storyIds} (schema V9), 0 for a story without one; read
   * in chunks of 500 ids (SQLite's parameter limit). Without stamps in the schema, every story gets
   * the negated count of calls so far, a value no earlier call returned.
   */
  @Override
  public Map<String, Long> storyStamps(Collection<String> storyIds) {
    Map<String, Long> stamps = new HashMap<>();
    if (!hasCounter) {
      long fresh = -unstampedCalls.incrementAndGet();
      for (String id : storyIds) stamps.put(id, fresh);
      return stamps;
    }
    List<String> ids = List.copyOf(new LinkedHashSet<>(storyIds));
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      for (String id : chunk) stamps.put(id, 0L);
      db.query("SELECT story_id, stamp FROM story_stamps WHERE story_id IN (" + SqliteDatabase.placeholders(chunk.size()) + ")",
          ps -> {
            for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
          }, rs -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> stamps.put(e.getKey(), e.getValue()));
    }
    return stamps;
  }

  /** The digest version before schema V9: three whole-table aggregates in one statement (one snapshot). */
  static final String AGGREGATE_VERSION = """
      SELECT 'aggregate:' || (SELECT count(*) || '.' || total(story_version) FROM briefs)
        || ':' || (SELECT count(merged_into) FROM stories)
        || ':' || (SELECT count(*) || '.' || total(score) FROM related_stories)""";

  @Override
  public void saveBrief(StoredBrief b) {
    db.update("""
        INSERT INTO briefs(story_id, story_version, headline, body_json, read_more_article, computed_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(story_id) DO UPDATE SET story_version = excluded.story_version, headline = excluded.headline,
          body_json = excluded.body_json, read_more_article = excluded.read_more_article, computed_at = excluded.computed_at
        WHERE excluded.story_version >= briefs.story_version""",
        ps -> {
          ps.setString(1, b.storyId());
          ps.setInt(2, b.storyVersion());
          ps.setString(3, b.brief().headline());
          ps.setString(4, db.json().encode(b.brief()));
          ps.setObject(5, b.readMoreArticle());
          ps.setString(6, Rows.text(clock.instant()));
        });
  }

  @Override
  public Optional<StoredBrief> brief(String storyId) {
    return first(db.query("SELECT * FROM briefs WHERE story_id = ?", ps -> ps.setString(1, storyId), rs -> new StoredBrief(
        rs.getString("story_id"), rs.getInt("story_version"), db.json().brief(rs.getString("body_json")),
        Rows.nullableLong(rs, "read_more_article"))));
  }

  @Override
  public void replaceRelated(String storyId, List<RelatedStory> related) {
    db.replaceRows("DELETE FROM related_stories WHERE story_id = ?", ps -> ps.setString(1, storyId),
        "INSERT INTO related_stories(story_id, rank, related_id, score) VALUES (?, ?, ?, ?)", related, (ps, r) -> {
          ps.setString(1, storyId);
          ps.setInt(2, r.rank());
          ps.setString(3, r.relatedId());
          ps.setDouble(4, r.score());
        });
  }

  @Override
  public List<String> storiesNeedingRelated() {
    return db.query("""
        SELECT p.story_id FROM related_pending p JOIN stories s ON s.id = p.story_id
        WHERE s.merged_into IS NULL ORDER BY p.story_id""", ps -> {}, rs -> rs.getString(1));
  }

  @Override
  public void relatedStored(String storyId, int briefVersion) {
    db.update("DELETE FROM related_pending WHERE story_id = ? AND brief_version <= ?", ps -> {
      ps.setString(1, storyId);
      ps.setInt(2, briefVersion);
    });
  }

  @Override
  public List<RelatedStory> related(String storyId) {
    return db.query("SELECT * FROM related_stories WHERE story_id = ? ORDER BY rank", ps -> ps.setString(1, storyId),
        rs -> new RelatedStory(rs.getString("story_id"), rs.getInt("rank"), rs.getString("related_id"), rs.getDouble("score")));
  }

  @Override
  public List<String> storiesListing(String relatedId) {
    return db.query("SELECT story_id FROM related_stories WHERE related_id = ? ORDER BY story_id", ps -> ps.setString(1, relatedId),
        rs -> rs.getString(1));
  }
}
