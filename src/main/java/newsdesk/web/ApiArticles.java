package newsdesk.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.store.NewsStore;
import newsdesk.publish.DigestStory;
import newsdesk.store.StoredArticle;

/**
 * The article resources of the JSON API ({@link ApiV1}): {@code /articles} in insertion order
 * (without text) and {@code /articles/{id}} (with description and text).
 */
final class ApiArticles {
  private final NewsStore store;
  private final Json json;

  ApiArticles(NewsStore store, Json json) {
    this.store = store;
    this.json = json;
  }

  /** {@code GET /articles}: articles by id, paged by the last id served. */
  void list(Context ctx) {
    Paging paging = Paging.of(ctx);
    List<StoredArticle> rows = store.articlesAfter(paging.number(), paging.limit() + 1);
    boolean more = rows.size() > paging.limit();
    List<StoredArticle> page = more ? rows.subList(0, paging.limit()) : rows;
    json.send(ctx, 200, Paging.page(page.stream().map(a -> articleJson(a, false)).toList(),
        more ? Long.toString(page.getLast().id()) : null));
  }

  /** {@code GET /articles/{id}}: one article with its description and text. */
  void one(Context ctx) {
    String id = ctx.pathParam("id");
    StoredArticle a = store.articleByPublicId(id).orElseThrow(() -> HttpProblem.notFound("no article " + id));
    json.send(ctx, 200, articleJson(a, true));
  }

  /** The ARTICLE object of docs/API.md; {@code withText} adds description and text. */
  static Map<String, Object> articleJson(StoredArticle a, boolean withText) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.publicId());
    m.put("story_id", a.storyId());
    m.put("url", a.readableUrl()); // null: a feed entry without a link, a link that is no http(s) URL, or a page gone
    if (a.linkGone()) m.put("link_gone", true);
    m.put("outlet", a.outlet());
    // The agency whose report the outlet carries (null: none, the agency's own page, or stored before
    // V21), and the agency that only contributed reporting to the outlet's own text.
    m.put("credited_agency", a.creditedAgency());
    m.put("agency_contributed", a.contributingAgency());
    m.put("title", a.title());
    m.put("authors", a.authors());
    m.put("published", a.published());
    // Only the day is known: published is midnight UTC of it, a time its source never stated.
    if (a.timeIsDayOnly()) m.put("published_precision", DigestStory.Coverage.DAY);
    m.put("fetched_at", a.fetchedAt());
    m.put("updated", a.updated()); // its correction time when a corrected entry rewrote it later
    m.put("language", a.language());
    if (withText) {
      m.put("description", a.description());
      m.put("text", a.text());
    }
    return m;
  }
}
