package newsdesk.dedup;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DuplicateDetector} decided about one article.
 *
 * @param canonicalUrl the article's identity URL ({@link UrlCanonicalizer#resolve}); the spine
 *                     treats a second article with this URL as the same article
 * @param content      whether the text is an article at all; when not, the article must not join
 *                     a story and {@code duplicateOf} is empty
 * @param duplicateOf  the article this one copies: attach it there as one more source, never as a
 *                     story of its own
 */
public record DedupResult(String canonicalUrl, ContentVerdict content, Optional<DuplicateMatch> duplicateOf) {
  public DedupResult {
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }

  /** True when the article should start or join a story by itself. */
  public boolean isNewArticle() {
    return content.isArticle() && duplicateOf.isEmpty();
  }
}
