package newsdesk.pipeline;

import java.util.Optional;
import newsdesk.dedup.UrlCanonicalizer;
import newsdesk.feed.FeedEntry;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;

/**
 * Finds the stored article a polled entry is. An entry's id (guid) names it within its source, but
 * feeds repeat one id on several entries (a template's constant, a copied item): the id is trusted
 * only when the entry's link agrees with the stored article's (its canonical URL, or the link it
 * was stored from), so entries sharing an id stay apart and none is rewritten with another's
 * words. The price: an entry whose link changed (a slug rewritten with its headline) is known by
 * its new link, as a new article that the duplicate checks attach to the old one. An entry
 * without a link has nothing to disagree with, and neither has an article stored without one.
 * Otherwise the entry is known by its link: the canonical URL it gives, or, because a page may
 * declare a canonical URL of its own, the link the source's article was stored from.
 */
final class KnownArticles {
  private final NewsStore store;
  private final UrlCanonicalizer canonicalizer;

  KnownArticles(NewsStore store, UrlCanonicalizer canonicalizer) {
    this.store = store;
    this.canonicalizer = canonicalizer;
  }

  /** The article source {@code sourceId} stored under {@code e}'s id, when its link agrees with {@code e}'s. */
  Optional<StoredArticle> byId(long sourceId, FeedEntry e) {
    if (e.id() == null) return Optional.empty();
    return store.articleByGuid(sourceId, e.id()).filter(a -> sameLink(a, e));
  }

  /**
   * The article stored under {@code e}'s link: any source's article with the link's canonical URL,
   * else source {@code sourceId}'s article stored from that link. Empty for an entry without a link.
   */
  Optional<StoredArticle> byLink(long sourceId, FeedEntry e) {
    if (!EntryLinks.hasLink(e)) return Optional.empty();
    return store.articleByCanonicalUrl(canonicalizer.canonicalize(e.link()))
        .or(() -> store.articleByUrl(sourceId, EntryLinks.withoutFragment(e.link().strip())));
  }

  /**
   * Whether {@code e} and {@code a} do not link to different pages. The scheme does not count: a
   * site that moves to https keeps its entries.
   */
  boolean sameLink(StoredArticle a, FeedEntry e) {
    if (!EntryLinks.hasLink(e) || a.url().isBlank()) return true;
    String key = withoutScheme(canonicalizer.canonicalize(e.link()));
    return key.equals(withoutScheme(a.canonicalUrl())) || key.equals(withoutScheme(canonicalizer.canonicalize(a.url())));
  }

  private static String withoutScheme(String url) {
    int colon = url.indexOf("://");
    return colon < 0 ? url : url.substring(colon + 3);
  }
}
