package newsdesk.web;

import java.util.List;
import java.util.Optional;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestFeeds;
import newsdesk.search.ArticleIndex;
import newsdesk.search.InvalidQueryException;
import newsdesk.search.SearchCursor;
import newsdesk.search.SearchPage;
import newsdesk.search.SearchHit;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.text.EntityAliases;
import newsdesk.text.EntityNames;

/**
 * Runs searches for the pages, the API and the saved-search feeds. Results are cached for
 * {@link #TTL} while no article is added (at most {@link #CACHE_SIZE} searches): readers repeat
 * searches, and a result only changes when the store does.
 */
final class Searches {
  static final java.time.Duration TTL = java.time.Duration.ofSeconds(30);
  static final int CACHE_SIZE = 2000;

  /** A search: by offset ({@code after} null) or, for the API, by cursor ({@code offset} -1). */
  private record Key(SearchForm form, boolean newestFirst, int offset, SearchCursor after, int limit) {}

  private record Cached(Found found, long maxArticleId, long builtAtNanos) {}

  /**
   * Results of a search.
   *
   * @param entityLimited true when more articles name the asked entity than a filter holds
   *     ({@link SearchForm#ENTITY_ARTICLES}): only the newest of them were searched
   */
  record Found(List<SearchResult> results, boolean entityLimited, SearchCursor next) {
    Found(List<SearchResult> results, boolean entityLimited) {
      this(results, entityLimited, null);
    }
  }

  private final NewsStore store;
  private final ArticleIndex index;
  private final EntityAliases aliases;
  private final java.util.Map<Key, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

  Searches(NewsStore store, ArticleIndex index, EntityAliases aliases) {
    this.store = store;
    this.index = index;
    this.aliases = aliases;
  }

  /** The names a search for the entity {@code name} looks for in the store (every form of a well-known entity's). */
  EntityNames entityNames(String name) {
    return aliases.searchNames(name);
  }

  /** Results of {@code form}, skipping {@code offset}; empty when nothing is asked. */
  List<SearchResult> run(SearchForm form, boolean newestFirst, int offset, int limit) {
    return find(form, newestFirst, offset, limit).results();
  }

  /** As {@link #run}, saying whether the entity filter was cut. */
  Found find(SearchForm form, boolean newestFirst, int offset, int limit) {
    return cached(new Key(form, newestFirst, offset, null, limit));
  }

  /**
   * Results of {@code form} strictly after {@code after} (null: from the first), at most
   * {@code limit}, with the cursor of the next page ({@link ArticleIndex#searchAfter}). A cursor of
   * the other order (relevance, newest first) is a 400.
   */
  Found page(SearchForm form, boolean newestFirst, SearchCursor after, int limit) {
    return cached(new Key(form, newestFirst, -1, after, limit));
  }

  private Found cached(Key key) {
    if (key.form().isEmpty()) return new Found(List.of(), false);
    long maxId = store.maxArticleId();
    long now = System.nanoTime();
    Cached hit = cache.get(key);
    if (hit != null && hit.maxArticleId() == maxId && now - hit.builtAtNanos() < TTL.toNanos()) return hit.found();
    Found found = search(key);
    if (cache.size() >= CACHE_SIZE) cache.clear();
    cache.put(key, new Cached(found, maxId, now));
    return found;
  }

  /**
   * Refuses a query that cannot be searched with a 400 and a short reason (before a search is saved,
   * so that its feed never fails).
   */
  void check(SearchForm form) {
    if (form.q() == null) return;
    try {
      index.checkQuery(form.q());
    } catch (InvalidQueryException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }

  /** Forgets cached results (after article bodies were deleted). */
  void forget() {
    cache.clear();
  }

  /**
   * Only the query parser's own refusal ({@link InvalidQueryException}) is the reader's mistake, a
   * 400; any other exception is a fault on this side and goes on to the server's 500 (logged).
   */
  private Found search(Key key) {
    try {
      SearchForm.Filter filter = key.form().filter(store, this::entityNames, key.newestFirst());
      List<SearchHit> hits;
      SearchCursor next = null;
      if (key.offset() >= 0) {
        hits = index.search(key.form().text(), filter.filter(), key.offset(), key.limit());
      } else {
        SearchPage page;
        try {
          page = index.searchAfter(key.form().text(), filter.filter(), key.after(), key.limit());
        } catch (SearchCursor.WrongOrderException e) {
          throw HttpProblem.badRequest("cursor belongs to a search in another order (sort): start again without it");
        }
        hits = page.hits();
        next = page.next();
      }
      java.util.Map<String, StoredArticle> articles = new java.util.HashMap<>();
      store.articlesByPublicIds(hits.stream().map(SearchHit::articleId).toList()).forEach(a -> articles.put(a.publicId(), a));
      return new Found(hits.stream().map(h -> result(h, Optional.ofNullable(articles.get(h.articleId())))).toList(),
          filter.entityLimited(), next);
    } catch (InvalidQueryException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }

  private static SearchResult result(SearchHit hit, Optional<StoredArticle> a) {
    String url = a.map(StoredArticle::readableUrl).filter(DigestFeeds::isWebUrl).orElse(null);
    return new SearchResult(hit.articleId(), a.map(StoredArticle::storyId).orElse(null), hit.title(),
        a.map(StoredArticle::outlet).orElse(""), url, a.map(StoredArticle::time).orElse(null), SearchResult.parts(hit),
        a.map(StoredArticle::language).map(DigestBuilder::languageTag).orElse(null), a.map(StoredArticle::linkGone).orElse(false),
        a.map(StoredArticle::timeIsDayOnly).orElse(false), a.map(StoredArticle::creditedAgency).orElse(null),
        a.map(StoredArticle::contributingAgency).orElse(null));
  }
}
