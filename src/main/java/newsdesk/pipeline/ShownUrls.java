package newsdesk.pipeline;

import java.util.Objects;
import newsdesk.dedup.UrlCanonicalizer;

/**
 * The address shown to readers for an article kept under an AMP link ({@code articles.shown_url},
 * {@link newsdesk.store.StoredArticle#shownUrl}): readers expect the page an AMP variant stands
 * for. One rule for articles stored now ({@link CandidateArticles}) and for those stored before the
 * column existed (the V19 backfill, {@code db.migration.V19__Shown_urls_of_earlier_amp_articles}).
 */
public final class ShownUrls {
  private final UrlCanonicalizer canonicalizer;

  public ShownUrls(UrlCanonicalizer canonicalizer) {
    this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
  }

  /**
   * The address shown for an article kept under {@code link} when it is an AMP variant: the page's
   * declared canonical ({@code declared}, its identity key {@code declaredKey}) when that is the
   * article's identity ({@code canonical}, so the canonicalizer accepted it as the same site's) and
   * no AMP address itself, else the link without its AMP markers ({@link UrlCanonicalizer#withoutAmp}),
   * without fragment and tracking parameters as every shown link ({@link EntryLinks#shown}); null for
   * any other link, which is shown as it is. {@code declared}, {@code declaredKey} and
   * {@code canonical} may be null (nothing declared, or not known).
   */
  public String of(String link, String canonical, String declared, String declaredKey) {
    if (link == null || link.isEmpty() || canonicalizer.withoutAmp(link).equals(link)) return null;
    if (declared != null && declaredKey != null && declaredKey.equals(canonical) && canonicalizer.withoutAmp(declared).equals(declared)) {
      return EntryLinks.shown(declared);
    }
    return EntryLinks.shown(canonicalizer.withoutAmp(link));
  }

  /**
   * The address shown for an article stored under {@code link} whose page's declared canonical was
   * not kept (stored before schema V18): the link without its AMP markers, or null when it has none.
   */
  public String ofStoredLink(String link) {
    return of(link, null, null, null);
  }
}
