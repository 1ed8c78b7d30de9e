package newsdesk.search;

import java.util.Map;

/**
 * What each commit of the index records in its user data: the id of the newest article it holds
 * (so the index knows how far it agrees with the store) and the version of the {@link IndexAnalysis}
 * that built it (so an index of another version is searched as it was built, and rebuilt).
 *
 * @param lastArticleId   the highest article id committed (0 when none)
 * @param analysisVersion the analysis that built the documents ({@link IndexAnalysis#UNRECORDED} when
 *     the commit does not say: it predates the key)
 * @param lastPublicId    the public id of article {@code lastArticleId} (null when none, or the commit
 *     predates the key): a store whose article of that id has another public id is not the one the
 *     index was built from (a database restored from an older backup, then written again)
 */
record CommitData(long lastArticleId, int analysisVersion, String lastPublicId) {
  static final String LAST_ID = "newsdesk.last_article_id";
  static final String ANALYSIS_VERSION = "newsdesk.analysis_version";
  static final String LAST_PUBLIC_ID = "newsdesk.last_public_id";

  CommitData(long lastArticleId, int analysisVersion) {
    this(lastArticleId, analysisVersion, null);
  }

  /** What a commit of documents analysed by the current version, through {@code lastArticleId}, records. */
  static CommitData current(long lastArticleId) {
    return new CommitData(lastArticleId, IndexAnalysis.CURRENT);
  }

  /** As {@link #current(long)}, naming the public id of article {@code lastArticleId}. */
  static CommitData current(long lastArticleId, String lastPublicId) {
    return new CommitData(lastArticleId, IndexAnalysis.CURRENT, lastPublicId);
  }

  /** Reads a commit's user data (null or empty reads as nothing committed, by an unrecorded analysis). */
  static CommitData read(Iterable<Map.Entry<String, String>> userData) {
    long lastId = 0;
    int version = IndexAnalysis.UNRECORDED;
    String lastPublicId = null;
    if (userData == null) return new CommitData(lastId, version);
    for (Map.Entry<String, String> e : userData) {
      if (e.getKey().equals(LAST_ID)) lastId = Long.parseLong(e.getValue());
      if (e.getKey().equals(ANALYSIS_VERSION)) version = versionOf(e.getValue());
      if (e.getKey().equals(LAST_PUBLIC_ID)) lastPublicId = e.getValue();
    }
    return new CommitData(lastId, version, lastPublicId);
  }

  private static int versionOf(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException unreadable) {
      return IndexAnalysis.UNRECORDED;
    }
  }

  /** The user data to commit. */
  Iterable<Map.Entry<String, String>> entries() {
    Map<String, String> m = new java.util.HashMap<>(Map.of(LAST_ID, Long.toString(lastArticleId), ANALYSIS_VERSION, Integer.toString(analysisVersion)));
    if (lastPublicId != null) m.put(LAST_PUBLIC_ID, lastPublicId);
    return m.entrySet();
  }
}
