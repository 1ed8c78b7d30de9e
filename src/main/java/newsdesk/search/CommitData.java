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
 */
record CommitData(long lastArticleId, int analysisVersion) {
  static final String LAST_ID = "newsdesk.last_article_id";
  static final String ANALYSIS_VERSION = "newsdesk.analysis_version";

  /** What a commit of documents analysed by the current version, through {@code lastArticleId}, records. */
  static CommitData current(long lastArticleId) {
    return new CommitData(lastArticleId, IndexAnalysis.CURRENT);
  }

  /** Reads a commit's user data (null or empty reads as nothing committed, by an unrecorded analysis). */
  static CommitData read(Iterable<Map.Entry<String, String>> userData) {
    long lastId = 0;
    int version = IndexAnalysis.UNRECORDED;
    if (userData == null) return new CommitData(lastId, version);
    for (Map.Entry<String, String> e : userData) {
      if (e.getKey().equals(LAST_ID)) lastId = Long.parseLong(e.getValue());
      if (e.getKey().equals(ANALYSIS_VERSION)) version = versionOf(e.getValue());
    }
    return new CommitData(lastId, version);
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
    return Map.of(LAST_ID, Long.toString(lastArticleId), ANALYSIS_VERSION, Integer.toString(analysisVersion)).entrySet();
  }
}
