package newsdesk.dedup;

import java.util.Objects;
import newsdesk.extract.Article;

/**
 * The dedup stage in one call: the article's canonical URL, whether it has content, and, when it
 * has, which earlier article it copies. The headline is compared together with the body, so a
 * changed headline weighs like one edited sentence.
 *
 * <p>The near-duplicate index lives in memory: after a restart the spine re-adds the articles of
 * the last {@code maxAge} in their arrival order to get the same answers. Thread-safe.
 */
public final class DuplicateDetector {
  private final UrlCanonicalizer canonicalizer;
  private final ContentCheck contentCheck;
  private final NearDuplicateIndex index;

  public DuplicateDetector(UrlCanonicalizer canonicalizer, ContentCheck contentCheck, NearDuplicateIndex index) {
    this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    this.contentCheck = Objects.requireNonNull(contentCheck, "contentCheck");
    this.index = Objects.requireNonNull(index, "index");
  }

  /** The detector with the bundled rules, the default configuration and the system clock. */
  public static DuplicateDetector withDefaults() {
    return new DuplicateDetector(UrlCanonicalizer.withBundledRules(), ContentCheck.bundled(), new NearDuplicateIndex());
  }

  /**
   * Decides about {@code article}, known to the spine as {@code articleId}; an article with content
   * is remembered so later copies are attached to it.
   */
  public DedupResult check(String articleId, Article article) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(article, "article");
    String canonicalUrl = canonicalizer.resolve(article.url(), article.canonicalUrl());
    ContentVerdict content = contentCheck.check(article.text());
    if (!content.isArticle()) return new DedupResult(canonicalUrl, content, java.util.Optional.empty());
    String title = article.title() == null ? "" : article.title();
    return new DedupResult(canonicalUrl, content, index.addWithMatch(articleId, title + "\n\n" + article.text()));
  }
}
