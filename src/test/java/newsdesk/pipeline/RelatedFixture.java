package newsdesk.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsdesk.demo.DemoArticle;
import newsdesk.demo.DemoCorpus;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredEntity;
import newsdesk.store.StoryRecord;
import newsdesk.text.EntityExtractor;

/**
 * A small demo-like store: the 88 newest demo articles (Wikinews, March to December 2020) in 80
 * stories at their publication days, every 10th story with a second member (the next article),
 * entities extracted as the pipeline stores them.
 */
final class RelatedFixture {
  static final int STORIES = 80;

  private RelatedFixture() {}

  /** The demo articles of each fixture story, in story order. */
  static List<List<DemoArticle>> members() {
    List<DemoArticle> demo = DemoCorpus.load().articles();
    List<List<DemoArticle>> out = new ArrayList<>();
    int next = 0;
    for (int s = 0; s < STORIES; s++) {
      List<DemoArticle> members = s % 10 == 0 ? List.of(demo.get(next), demo.get(next + 1)) : List.of(demo.get(next));
      next += members.size();
      out.add(members);
    }
    return out;
  }

  static String id(int story) {
    return String.format(Locale.ROOT, "s-%03d", story);
  }

  /** Fills the store; returns the story ids in insertion order. */
  static List<String> fill(SqliteNewsStore store) {
    EntityExtractor entities = new EntityExtractor();
    List<String> ids = new ArrayList<>();
    List<List<DemoArticle>> stories = members();
    for (int s = 0; s < stories.size(); s++) {
      String storyId = id(s);
      List<DemoArticle> members = stories.get(s);
      Instant first = members.stream().map(DemoArticle::published).min(Instant::compareTo).orElseThrow();
      Instant last = members.stream().map(DemoArticle::published).max(Instant::compareTo).orElseThrow();
      store.insertStory(new StoryRecord(storyId, last, first, last, last, 1, null));
      for (DemoArticle a : members) add(store, entities, storyId, a);
      ids.add(storyId);
    }
    return ids;
  }

  /** Adds one article (a demo article moved to {@code time}) to a new story of its own. */
  static String addStory(SqliteNewsStore store, String storyId, DemoArticle a, Instant time) {
    store.insertStory(new StoryRecord(storyId, time, time, time, time, 1, null));
    add(store, new EntityExtractor(), storyId,
        new DemoArticle(a.id() + "-" + storyId, a.url() + "?" + storyId, a.title(), time, a.author(), a.paragraphs(), a.section()));
    return storyId;
  }

  private static void add(SqliteNewsStore store, EntityExtractor entities, String storyId, DemoArticle a) {
    String text = String.join("\n\n", a.paragraphs());
    StoredArticle stored = store.insertArticle(new StoredArticle(0, a.id(), null, null, a.url(), a.url(), "Wikinews", a.title(),
        List.of(a.author()), a.published(), a.published(), "en", null, null, text, "page", Integer.toHexString(text.hashCode()),
        null, storyId));
    store.saveEntities(stored.id(), entities.extract(a.title() + ". " + text).stream()
        .map(e -> new StoredEntity(e.name(), e.type().name(), e.mentions(), 1)).toList());
  }

  /** Every story's stored related stories, one line each: {@code id: related(similarity) ...}. */
  static String related(SqliteNewsStore store, List<String> ids) {
    StringBuilder out = new StringBuilder();
    for (String id : ids) {
      out.append(id).append(':');
      store.related(id).forEach(r -> out.append(' ').append(r.relatedId())
          .append(String.format(Locale.ROOT, "(%.4f)", r.score())));
      out.append('\n');
    }
    return out.toString();
  }

  static SqliteNewsStore open(Path dir) {
    return SqliteNewsStore.open(dir.resolve("newsdesk.db"));
  }
}
