package newsdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into index terms with the Lucene analyzer of its language (stop words removed,
 * stemmed where Lucene has a stemmer). The language-to-analyzer table is data:
 * {@code newsdesk/text/analyzers.properties}; unknown languages get the {@link StandardAnalyzer}.
 * Analyzers are created lazily and reused; not thread-safe (one instance per thread).
 */
public final class TermAnalyzer implements AutoCloseable {
  private static final String TABLE = "/newsdesk/text/analyzers.properties";

  private final Properties table = loadTable();
  private final Map<String, Analyzer> analyzers = new HashMap<>();
  private final String defaultLanguage;

  /** @param defaultLanguage ISO 639-3 code used for undetermined texts (e.g. {@code eng}) */
  public TermAnalyzer(String defaultLanguage) {
    this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
  }

  public TermAnalyzer() {
    this("eng");
  }

  private static Properties loadTable() {
    Properties p = new Properties();
    try (InputStream in = TermAnalyzer.class.getResourceAsStream(TABLE)) {
      if (in == null) throw new IllegalStateException("missing resource " + TABLE);
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
    return p;
  }

  /** Terms of {@code text} in document order, analysed for {@code language} (ISO 639-3). */
  public List<String> terms(String text, String language) {
    Objects.requireNonNull(text, "text");
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) return out;
    Analyzer analyzer = analyzer(language == null ? defaultLanguage : language);
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return out;
  }

  private Analyzer analyzer(String language) {
    String code = DetectedLanguage.UNDETERMINED.equals(language) ? defaultLanguage : language;
    return analyzers.computeIfAbsent(code, this::create);
  }

  private Analyzer create(String code) {
    String className = table.getProperty(code);
    if (className == null) return new StandardAnalyzer();
    try {
      return (Analyzer) Class.forName(className).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("analyzer " + className + " for " + code + " in " + TABLE, e);
    }
  }

  @Override
  public void close() {
    analyzers.values().forEach(Analyzer::close);
    analyzers.clear();
  }
}
