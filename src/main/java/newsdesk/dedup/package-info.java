/**
 * The dedup stage: between extraction and clustering, it decides for each article whether it is
 * the same page seen again (canonical URL), a page without an article (cookie wall, error page,
 * stub), an exact or near copy of an article already seen (syndicated wire copy, lightly edited
 * update), or a new article.
 *
 * <p>The pipeline's {@code Admitter} uses the parts once per extracted article, in arrival order,
 * with store lookups between them: {@link newsdesk.dedup.UrlCanonicalizer},
 * {@link newsdesk.dedup.ContentCheck}, {@link newsdesk.dedup.NearDuplicateIndex} (with
 * {@link newsdesk.dedup.Fingerprinter}). Rules (tracking parameters, host variant labels,
 * no-content phrases) are data files in {@code src/main/resources/newsdesk/dedup/}; the numeric
 * parameters are in {@link newsdesk.dedup.DedupConfig}. Figures: {@code docs/benchmarks/dedup.md}.
 */
package newsdesk.dedup;
