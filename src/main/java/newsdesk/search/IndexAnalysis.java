package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.icu.ICUNormalizer2FilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The text analysis of the index, versioned: an index must be searched with the analysis it was
 * built with, so the version that built it is kept in each commit's user data ({@link CommitData})
 * and an index of another version is rebuilt from the database by its writer.
 *
 * <p>Versions 2 and {@value #CURRENT} (this one) are English analysis that ignores accents, Unicode
 * normalisation forms and apostrophe styles, term by term (so offsets, and the highlighting
 * built on them, stay those of the original text):
 * <ol>
 *   <li>Unicode word boundaries (UAX #29, Lucene's {@code StandardTokenizer});
 *   <li>NFKC with case folding (ICU {@code nfkc_cf}): decomposed "Ki&#x304;lauea" and precomposed
 *       "Kīlauea" become one term, as do full-width letters and ligatures;
 *   <li>every apostrophe style ({@code ’ ‘ ‛ ʼ ´ `}) becomes {@code '};
 *   <li>English possessive {@code 's} dropped (as {@code EnglishAnalyzer});
 *   <li>elided articles dropped ({@code l'Azé} is {@code azé}; list in {@code elision-articles.txt});
 *   <li>English stop words dropped (as {@code EnglishAnalyzer});
 *   <li>accents folded to ASCII with the original kept at the same position ({@code ASCIIFoldingFilter},
 *       preserveOriginal): "Matovič" is indexed as {@code matovič} and {@code matovic}, so "Matovic"
 *       finds it and "Matovič" scores a text spelled so above one spelled without the accent;
 *   <li>Porter stemming (as {@code EnglishAnalyzer}).
 * </ol>
 * Version 1 is Lucene's {@link EnglishAnalyzer}, used before versions were recorded (a commit
 * without the key); it is kept to search such an index until it is rebuilt.
 */
final class IndexAnalysis {
  /**
   * The version this code builds indexes with. Version 3 analyses text as version 2 and adds the
   * article id as doc values, the unique tiebreak of {@link SearchCursor} pages: an index of
   * version 2 is rebuilt like any older one.
   */
  static final int CURRENT = 3;
  /** The version of an index whose commits do not say (plain {@link EnglishAnalyzer}). */
  static final int UNRECORDED = 1;

  private static final String APOSTROPHES = "[\u2018\u2019\u201B\u02BC\u00B4\u0060]";

  private IndexAnalysis() {}

  /** A new analyzer of the current version, for indexing and searching. */
  static Analyzer current() {
    try {
      return CustomAnalyzer.builder(new ClasspathResourceLoader(IndexAnalysis.class))
          .withTokenizer(StandardTokenizerFactory.NAME)
          .addTokenFilter(ICUNormalizer2FilterFactory.NAME, "form", "nfkc_cf", "mode", "compose")
          .addTokenFilter(PatternReplaceFilterFactory.NAME, "pattern", APOSTROPHES, "replacement", "'")
          // The possessive goes first, so that "all's" is "all" rather than the Italian "all'" elided.
          .addTokenFilter(EnglishPossessiveFilterFactory.NAME)
          .addTokenFilter(ElisionFilterFactory.NAME, "articles", "elision-articles.txt", "ignoreCase", "true")
          .addTokenFilter(StopFilterFactory.NAME) // EnglishAnalyzer's stop words when none are named
          .addTokenFilter(ASCIIFoldingFilterFactory.NAME, "preserveOriginal", "true")
          .addTokenFilter(PorterStemFilterFactory.NAME)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the search analysis resources: " + e.getMessage(), e);
    }
  }

  /** A new analyzer of {@code version}; any version but 1 (2, 3, or one this code does not know) is searched as the current one. */
  static Analyzer of(int version) {
    return version == UNRECORDED ? new EnglishAnalyzer() : current();
  }
}
