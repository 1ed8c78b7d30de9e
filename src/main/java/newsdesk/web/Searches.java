package newsdesk.web;

import java.util.List;
import java.util.Optional;
import newsdesk.publish.DigestFeeds;
import newsdesk.search.ArticleIndex;
import newsdesk.search.SearchHit;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;

/** Runs searches for the pages, the API and the saved-search feeds. */
final class Searches {
  private final NewsStore store;
  private final ArticleIndex index;

  Searches(NewsStore store, ArticleIndex index) {
    this.store = store;
    this.index = index;
  }

  /** Results of {@code form}, skipping {@code offset}; empty when nothing is asked. */
  List<SearchResult> run(SearchForm form, boolean newestFirst, int offset, int limit) {
    if (form.isEmpty()) return List.of();
    try {
      return index.search(form.text(), form.filter(store, newestFirst), offset, limit).stream().map(this::result).toList();
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }

  private SearchResult result(SearchHit hit) {
    Optional<StoredArticle> a = store.articleByPublicId(hit.articleId());
    String url = a.map(StoredArticle::url).filter(DigestFeeds::isWebUrl).orElse(null);
    return new SearchResult(hit.articleId(), a.map(StoredArticle::storyId).orElse(null), hit.title(),
        a.map(StoredArticle::outlet).orElse(""), url, a.map(StoredArticle::time).orElse(null), SearchResult.parts(hit.snippet()));
  }
}
