package newsdesk.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.store.NewsStore;
import newsdesk.store.StoryRecord;

/**
 * The story resources of the JSON API ({@link ApiV1}): {@code /stories} (newest update first),
 * {@code /stories/{id}} and {@code /digest} (the front page's ranking), each story a
 * {@link DigestStory}.
 */
final class ApiStories {
  private static final String DIGEST_TAG = "k:";

  private final NewsStore store;
  private final FrontPage front;
  private final Json json;
  private final WebOptions options;
  private final DigestBuilder digest;

  ApiStories(NewsStore store, FrontPage front, Json json, WebOptions options) {
    this.store = store;
    this.front = front;
    this.json = json;
    this.options = options;
    this.digest = new DigestBuilder(store);
  }

  /** {@code GET /stories}: live stories that have a brief, newest update first, paged by (update time, id). */
  void list(Context ctx) {
    Paging paging = Paging.of(ctx);
    Instant beforeTime = null;
    String beforeId = null;
    if (paging.position() != null) {
      int bar = paging.position().indexOf('|');
      try {
        beforeTime = Instant.parse(paging.position().substring(0, bar));
        beforeId = paging.position().substring(bar + 1);
      } catch (RuntimeException e) {
        throw HttpProblem.badRequest("cursor is not one this server gave out");
      }
    }
    // Only briefed stories are shown, so only they are read: a page is full while more follow.
    List<StoryRecord> rows = store.briefedStoriesPage(beforeTime, beforeId, paging.limit() + 1);
    boolean more = rows.size() > paging.limit();
    List<StoryRecord> page = more ? rows.subList(0, paging.limit()) : rows;
    List<DigestStory> items = new ArrayList<>();
    for (StoryRecord s : page) digest.story(s.id()).ifPresent(items::add);
    StoryRecord last = page.isEmpty() ? null : page.getLast();
    json.send(ctx, 200, Paging.page(items, more ? last.lastPublished() + "|" + last.id() : null));
  }

  /** {@code GET /stories/{id}}: one story, or a 301 to the story it was merged into. */
  void one(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<StoryRecord> record = store.story(id);
    if (record.isPresent() && record.get().mergedInto() != null) {
      String survivor = record.get().mergedInto();
      ctx.header("Location", options.root() + ApiV1.PREFIX + "/stories/" + survivor);
      json.send(ctx, 301, Map.of("merged_into", survivor));
      return;
    }
    json.send(ctx, 200, digest.story(id).orElseThrow(() -> HttpProblem.notFound("no story " + id)));
  }

  /**
   * {@code GET /digest}: the ranking of the front page, a page at a time. The cursor is the place
   * of the page's last story in the ranking, its {@linkplain FrontPage#rankKey rank key} and id
   * ({@code k:KEY_BITS:ID}), which do not move while the archive grows: the next page starts after
   * that place in the ranking as it is then, so a story is not repeated when new stories rank
   * above it meanwhile.
   */
  void digest(Context ctx) {
    Paging paging = Paging.of(ctx);
    List<FrontPage.RankedStory> ranked = front.stories();
    int start = 0;
    if (paging.position() != null) {
      double key;
      String id;
      try {
        if (!paging.position().startsWith(DIGEST_TAG)) throw new IllegalArgumentException();
        int bar = paging.position().indexOf(':', DIGEST_TAG.length());
        key = Double.longBitsToDouble(Long.parseUnsignedLong(paging.position().substring(DIGEST_TAG.length(), bar), 16));
        id = paging.position().substring(bar + 1);
      } catch (RuntimeException e) {
        throw HttpProblem.badRequest("cursor is not one this server gave out");
      }
      while (start < ranked.size() && !FrontPage.after(ranked.get(start), key, id)) start++;
    }
    int end = Math.min(ranked.size(), start + paging.limit());
    List<DigestStory> items = front.stories(ranked.subList(start, end));
    String next = null;
    if (end < ranked.size()) {
      FrontPage.RankedStory last = ranked.get(end - 1);
      next = DIGEST_TAG + Long.toHexString(Double.doubleToLongBits(last.key())) + ":" + last.record().id();
    }
    json.send(ctx, 200, Paging.page(items, next));
  }
}
