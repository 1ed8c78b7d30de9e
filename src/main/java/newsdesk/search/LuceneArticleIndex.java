package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import newsdesk.store.StoredArticle;

/**
 * {@link ArticleIndex} on a Lucene index folder. The id of the newest committed article is kept
 * in the commit's user data, so the index knows how far it agrees with the database, and so is the
 * version of the text analysis that built it ({@link IndexAnalysis}): an index of an older version
 * is searched with the analysis it was built with, and is {@linkplain #outdated() outdated} until
 * {@link #replaceAll} rebuilds it with the current one.
 */
public final class LuceneArticleIndex implements ArticleIndex {
  /** Opens a matched term in {@link SearchHit#snippet()}, a display form only (see {@link SearchHit#parts()}). */
  public static final String MATCH_START = SearchHit.MATCH_START;
  /** Closes a matched term in {@link SearchHit#snippet()}, a display form only (see {@link SearchHit#parts()}). */
  public static final String MATCH_END = SearchHit.MATCH_END;

  private static final String ID = ArticleFields.ID;

  private final Path folder;
  private final Directory directory;
  private org.apache.lucene.document.FieldType textType;
  /** The writer; null when the index was opened read-only. */
  private final IndexWriter writer;
  private final ReferenceManager<IndexSearcher> searchers;
  /** Runs the searches, each on one searcher of {@link #searchers}. */
  private final PagedSearch pages;
  /** The committed commit data of a read-only index (a writer reads its live commit data). */
  private final CommitData readOnlyCommitted;
  /** How the index is searched: the analysis it was built with; current once a rebuild commits. */
  private volatile QueryAnalysis analysis;

  /**
   * Opens (or creates) the index in {@code folder} for writing. Only one process can: when another
   * holds the folder's write lock this throws {@link IndexInUseException}; a damaged index fails
   * with a message pointing at {@code newsdesk reindex}.
   */
  public LuceneArticleIndex(Path folder) {
    this(folder, IndexFolder.forWriting(folder));
  }

  private LuceneArticleIndex(Path folder, IndexFolder opened) {
    this.folder = folder;
    try {
      directory = opened.directory();
      writer = opened.writer();
      if (writer != null) {
        searchers = new SearcherManager(writer, null);
        textType = ArticleFields.textTypeOf(writer);
        readOnlyCommitted = null;
        analysis = QueryAnalysis.forIndex(writer.getDocStats().maxDoc, CommitData.read(writer.getLiveCommitData()));
      } else {
        DirectoryReader reader = opened.reader();
        textType = ArticleFields.TEXT_WITH_OFFSETS;
        CommitData committed = CommitData.read(reader == null ? null : reader.getIndexCommit().getUserData().entrySet());
        readOnlyCommitted = committed;
        analysis = QueryAnalysis.forIndex(reader == null ? 0 : reader.maxDoc(), committed);
        searchers = new FixedSearcherManager(new IndexSearcher(reader != null ? reader : new MultiReader()));
      }
    } catch (IOException e) {
      opened.closeAfterFailure();
      throw IndexFolder.unreadable("cannot open search index ", folder, e);
    }
    pages = new PagedSearch(searchers, folder);
  }

  /**
   * Opens the last commit of the index in {@code folder} for searching only: it takes no lock, so
   * it works while another process writes the index, and never creates or changes files. An absent
   * or empty index reads as empty ({@link #size()} 0). {@link #add} and {@link #clear} throw.
   */
  public static LuceneArticleIndex openReadOnly(Path folder) {
    return new LuceneArticleIndex(folder, IndexFolder.forReading(folder));
  }

  /**
   * Opens a new, empty index in {@code folder} for writing, in place of whatever is there (even an
   * unreadable index), for {@link #replaceAll}. The folder's write lock is taken first and held
   * until {@link #close()}, so no other process can take the index at any point of the rebuild
   * ({@link IndexInUseException} when one holds it already). A readable old index stays on disk,
   * and is what readers ({@link #openReadOnly}) see, until the new one is committed; it is never
   * committed by closing, so a rebuild that fails or is killed leaves the old index. An unreadable
   * one is deleted (commit points first) before the new one is started.
   */
  public static LuceneArticleIndex recreate(Path folder) {
    return recreate(folder, () -> {});
  }

  /**
   * {@link #recreate(Path)}, running {@code afterDamagedIndexDeleted} between deleting an unreadable
   * old index and opening the new writer (the lock held throughout): tests try a second writer there.
   */
  static LuceneArticleIndex recreate(Path folder, Runnable afterDamagedIndexDeleted) {
    return new LuceneArticleIndex(folder, IndexFolder.forRebuild(folder, afterDamagedIndexDeleted));
  }

  /** Whether this index was opened by {@link #openReadOnly} (it cannot be written). */
  @Override
  public boolean readOnly() {
    return writer == null;
  }

  /** {@inheritDoc} Here: its documents were analysed by another version of {@link IndexAnalysis}. */
  @Override
  public boolean outdated() {
    return !analysis.current();
  }

  private IndexWriter writer() {
    if (writer == null) throw new IllegalStateException("the search index was opened read-only");
    return writer;
  }

  @Override
  public synchronized void add(List<StoredArticle> articles) {
    IndexWriter writer = writer();
    if (articles.isEmpty()) return;
    if (outdated()) {
      throw new IllegalStateException("the search index was built with text analysis version " + analysis.version()
          + ", not " + IndexAnalysis.CURRENT + "; rebuild it (replaceAll) before adding articles");
    }
    try {
      CommitData committed = committed();
      commit(writer, write(writer, articles, CommitData.current(committed.lastArticleId(), committed.lastPublicId())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write search index " + folder + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized long indexedThrough() {
    return committed().lastArticleId();
  }

  @Override
  public synchronized String indexedThroughPublicId() {
    return committed().lastPublicId();
  }

  private CommitData committed() {
    return writer == null ? readOnlyCommitted : CommitData.read(writer.getLiveCommitData());
  }

  /**
   * Adds or replaces the documents of {@code articles}; returns the commit data through the highest
   * of their ids and {@code last}'s.
   */
  private CommitData write(IndexWriter writer, List<StoredArticle> articles, CommitData last) throws IOException {
    for (StoredArticle a : articles) {
      writer.updateDocument(new Term(ID, a.publicId()), ArticleFields.document(a, textType));
      if (a.id() > last.lastArticleId()) last = CommitData.current(a.id(), a.publicId());
    }
    return last;
  }

  /**
   * Commits what is pending, every document analysed by the current analysis through article
   * {@code last}, and searches it from now on with that analysis.
   */
  private void commit(IndexWriter writer, CommitData last) throws IOException {
    writer.setLiveCommitData(last.entries());
    writer.commit();
    searchers.maybeRefresh();
    if (outdated()) analysis = QueryAnalysis.of(IndexAnalysis.CURRENT);
  }

  @Override
  public int size() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read search index " + folder + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void clear() {
    IndexWriter writer = writer();
    try {
      writer.deleteAll();
      textType = ArticleFields.TEXT_WITH_OFFSETS;
      commit(writer, CommitData.current(0));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear search index " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@inheritDoc} On failure the pending changes are rolled back and this index can no longer be
   * written (close it).
   */
  @Override
  public synchronized int replaceAll(LongFunction<List<StoredArticle>> batchAfter) {
    IndexWriter writer = writer();
    try {
      writer.deleteAll();
      textType = ArticleFields.TEXT_WITH_OFFSETS;
      CommitData last = CommitData.current(0);
      int total = 0;
      for (List<StoredArticle> batch = batchAfter.apply(0); !batch.isEmpty(); batch = batchAfter.apply(last.lastArticleId())) {
        last = write(writer, batch, last);
        total += batch.size();
      }
      commit(writer, last);
      return total;
    } catch (IOException e) {
      rollBack(writer, e);
      throw new UncheckedIOException("cannot rebuild search index " + folder + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      rollBack(writer, e);
      throw e;
    }
  }

  /** Drops what a failed rebuild left pending, so that no later commit or close writes it. */
  private static void rollBack(IndexWriter writer, Throwable failure) {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public List<SearchHit> search(String queryText, int limit) {
    if (limit <= 0) throw new IllegalArgumentException("limit must be positive, got " + limit);
    QueryAnalysis used = analysis;
    return pages.page(used, used.queryParser().parse(queryText), SearchFilter.NONE, 0, limit);
  }

  @Override
  public List<SearchHit> search(String queryText, SearchFilter filter, int offset, int limit) {
    if (limit <= 0) throw new IllegalArgumentException("limit must be positive, got " + limit);
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative, got " + offset);
    boolean blank = queryText == null || queryText.isBlank();
    if (blank && !filter.restricts()) return List.of();
    QueryAnalysis used = analysis;
    UserQueryParser.UserQuery parsed = blank ? new UserQueryParser.UserQuery(new MatchAllDocsQuery(), false) : used.queryParser().parse(queryText);
    return pages.page(used, parsed, filter, offset, limit);
  }

  /**
   * {@inheritDoc} The sort's last key is the article id (doc values, unique), so Lucene's document
   * numbers, which merges change, never decide the order. Time order is Lucene's {@code searchAfter}
   * from the cursor's key. Relevance order looks for the cursor's hit again among the first
   * {@code served + limit + }{@value PagedSearch#RELOCATE_SLACK} hits as scored now and continues after it
   * (scores move whenever articles are indexed, so an old score is no place in the ranking); when it
   * is not there, after as many hits as the walk served.
   */
  @Override
  public SearchPage searchAfter(String queryText, SearchFilter filter, SearchCursor after, int limit) {
    if (limit <= 0) throw new IllegalArgumentException("limit must be positive, got " + limit);
    boolean blank = queryText == null || queryText.isBlank();
    if (blank && !filter.restricts()) return new SearchPage(List.of(), null);
    QueryAnalysis used = analysis;
    UserQueryParser.UserQuery parsed = blank ? new UserQueryParser.UserQuery(new MatchAllDocsQuery(), false) : used.queryParser().parse(queryText);
    return pages.after(used, parsed, filter, after, limit);
  }

  @Override
  public void checkQuery(String queryText) {
    analysis.queryParser().parse(queryText);
  }

  @Override
  public synchronized void close() {
    // Each is closed even when one before it fails (the first failure is thrown, the others
    // suppressed in it): a writer left open keeps write.lock, and the next open of the folder fails.
    try {
      org.apache.lucene.util.IOUtils.close(searchers, writer, directory, analysis.analyzer());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close search index " + folder + ": " + e.getMessage(), e);
    }
  }
}
