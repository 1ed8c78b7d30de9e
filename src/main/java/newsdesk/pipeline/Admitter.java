package newsdesk.pipeline;

import java.util.List;
import java.util.Optional;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.dedup.ContentVerdict;
import newsdesk.feed.FeedEntry;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;

/**
 * Admits candidates one at a time, in arrival order: recognises articles already stored, attaches
 * exact and near duplicates to the article they copy (or, when the article copied was itself a copy
 * that declared the newcomer its {@code rel=canonical}, makes the newcomer the original in its
 * place: {@link CopyFiler}), keeps content-free pages out of stories,
 * and places every other article in a story with its named entities ({@link StoryPlacer}). Each
 * admission is one transaction, so a crash loses at most the article being admitted, and a rerun
 * admits it again exactly once. The working set in memory (clusterer, near-duplicate index, which
 * cluster is which story: {@link WorkingSet}) changes inside that transaction, as placing the article
 * decides what to store; when the transaction rolls back, those changes cannot be taken back one by
 * one (a merge, the term statistics), so the working set is rebuilt from the store as at start-up
 * ({@link WorkingSet#resume}): memory never keeps a story, merge or document that the store does not
 * have, and a retried article is placed once. Failures are rare (a full disk, a bug), and a rebuild
 * costs what a start does.
 * The article is analysed (language, terms, entities, sentence embedding; the model
 * may load on first need) before that transaction opens: the store serves the web pages through
 * the same lock, and analysis needs nothing from it. The duplicate check and the clustering do run
 * inside it (pages wait for them), as their outcome must be stored atomically with the rows it decides.
 * A stage that fails on one article (the analyzer, the clusterer) degrades that article instead of
 * rolling its admission back: it is stored in a story of its own ({@link StoryPlacer#placeInTransaction}), so
 * its source commits its poll and is not failed on the same entry at every poll.
 * What a candidate is stored as is {@link CandidateArticles}'s; an article already stored that is
 * read again is rewritten by the {@link ArticleUpdater}, not here.
 */
final class Admitter {
  /** Outcome of one admission. */
  enum Outcome {
    ADDED, DUPLICATE, NO_CONTENT, ALREADY_STORED, UPDATED,
    /** Not stored: its source was removed (by another process, or the web) while it was being read. */
    SOURCE_GONE
  }

  private final NewsStore store;
  private final Stages stages;
  private final StageTimer timer;
  private final OutletNames outlets;
  private final CandidateArticles articles;
  private final KnownArticles knownArticles;
  private final WorkingSet workingSet;
  private final StoryPlacer placer;

  /**
   * @param outlets    the outlet names {@code articles} names articles by; the admitter counts the
   *                   names pages declare into it as it stores them
   * @param articles   what a candidate is stored as (shared with the {@link ArticleUpdater})
   * @param workingSet the working set {@code placer} places articles in (shared with the {@link ArticleUpdater})
   */
  Admitter(NewsStore store, Stages stages, StageTimer timer, KnownArticles knownArticles, OutletNames outlets,
      CandidateArticles articles, WorkingSet workingSet, StoryPlacer placer) {
    this.store = store;
    this.knownArticles = knownArticles;
    this.stages = stages;
    this.timer = timer;
    this.outlets = java.util.Objects.requireNonNull(outlets, "outlets");
    this.articles = java.util.Objects.requireNonNull(articles, "articles");
    this.workingSet = workingSet;
    this.placer = placer;
  }

  /**
   * Looks ahead at the candidates about to be admitted, so that the outlet names their pages
   * declare also name the entries of the same outlets admitted before them (see {@link OutletNames}).
   */
  void preview(List<Candidate> candidates) {
    outlets.preview(candidates, articles::canonicalUrl);
  }

  Outcome admit(Candidate c) {
    workingSet.requireCurrent();
    return admitOnce(c);
  }

  /** One admission; a failed transaction leaves the working set stale ({@link WorkingSet#changingWorkingSet}). */
  private Outcome admitOnce(Candidate c) {
    String canonical = timer.time("dedup", () -> articles.canonicalUrl(c));
    StoredArticle article = articles.article(c, canonical);
    // Read outside the transaction only to skip the analysis of a re-polled entry; the
    // transaction checks again.
    if (unlessStored(c.entry(), article) == null) return Outcome.ALREADY_STORED;
    Candidate usable = articles.withUsableText(c);
    StoredArticle stored = usable == c ? article : articles.article(usable, canonical);
    ContentVerdict verdict = timer.time("dedup", () -> stages.contentCheck().check(stored.text()));
    boolean shortText = isShort(verdict, stored.title());
    boolean content = hasContent(verdict, stored.title());
    AnalyzedDocument analyzed = content ? placer.analyzeOrNull(stored) : null;
    OutletNames.Declared declared = OutletNames.declared(c.article(), canonical);
    long start = System.nanoTime();
    long[] inner = new long[1];
    try {
      return workingSet.changingWorkingSet(() -> store.inTransaction(() -> {
        Outcome outcome = admitInTransaction(c.entry(), stored, content, analyzed, !shortText, inner);
        if (outcome != Outcome.ALREADY_STORED && outcome != Outcome.SOURCE_GONE) {
          outlets.count(declared); // once per stored article, even after a crash
          // What the feed said of the entry, to tell a later correction of it from a repeat.
          store.articleByCanonicalUrl(canonical).ifPresent(a -> {
            store.saveEntryVersion(a.id(), EntryVersions.of(c.entry()));
            // Kept with the feed's text because the page failed for now: read it again later (DeadLinks).
            if (CandidateArticles.retryPage(c, usable.textSource())) store.savePageRetries(a.id(), 0);
          });
        }
        return outcome;
      }));
    } finally {
      timer.add("store", System.nanoTime() - start - inner[0]);
    }
  }

  /**
   * Stores {@code candidate}, the article of {@code entry} (see {@link #unlessStored}); {@code content}
   * is false when the page has no article content, {@code analyzed} is null when it has but its
   * analysis failed, and {@code checkCopies} false skips the duplicate checks (a text too short to
   * tell a copy by).
   */
  private Outcome admitInTransaction(FeedEntry entry, StoredArticle candidate, boolean content, AnalyzedDocument analyzed,
      boolean checkCopies, long[] inner) {
    // Checked in the transaction, before the clusterer sees the article: the insert would fail on
    // the missing source, and the rollback would cost a rebuild of the working set for each entry.
    if (candidate.sourceId() != null && store.source(candidate.sourceId()).isEmpty()) return Outcome.SOURCE_GONE;
    StoredArticle article = unlessStored(entry, candidate);
    if (article == null) return Outcome.ALREADY_STORED;
    if (!content) {
      store.insertArticle(article);
      return Outcome.NO_CONTENT;
    }
    return placer.placeInTransaction(article, analyzed, checkCopies, inner, store::insertArticle);
  }

  /**
   * {@code a}, the article of {@code entry}, as it is to be stored: without its guid when another
   * article of the source holds that guid for another link (entries that share one id; the unique
   * (source, guid) index keeps the first, and the others are known by their links). Null when the
   * entry is stored already: under its guid with a link that agrees, or under its canonical URL.
   */
  private StoredArticle unlessStored(FeedEntry entry, StoredArticle a) {
    StoredArticle out = a;
    if (a.guid() != null && a.sourceId() != null) {
      Optional<StoredArticle> holder = store.articleByGuid(a.sourceId(), a.guid());
      if (holder.isPresent() && knownArticles.sameLink(holder.get(), entry)) return null;
      if (holder.isPresent()) out = a.withGuid(null);
    }
    return store.articleByCanonicalUrl(a.canonicalUrl()).isPresent() ? null : out;
  }

  /**
   * Whether a text with {@code verdict} under {@code title} has content to place in a story. A short
   * text (a brief item, a feed summary kept because the page failed) and a headline with no text at
   * all are no cookie wall: they still make (or join) a story, as headline feeds do.
   */
  static boolean hasContent(ContentVerdict verdict, String title) {
    return verdict.isArticle() || isShort(verdict, title);
  }

  /** Whether a text with {@code verdict} is too short to fingerprint: it skips the duplicate checks. */
  static boolean isShort(ContentVerdict verdict, String title) {
    return verdict.status() == ContentVerdict.Status.TOO_SHORT
        || verdict.status() == ContentVerdict.Status.EMPTY && !title.isBlank();
  }
}
