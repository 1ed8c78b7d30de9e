package newsdesk.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import newsdesk.text.DetectedLanguage;
import newsdesk.text.Entity;
import newsdesk.text.EntityExtractor;
import newsdesk.text.LanguageDetector;
import newsdesk.text.TermAnalyzer;

/**
 * Language, terms and entities of a {@link ClusterDocument}. Entities are extracted for English
 * only (the POS model is English); other languages get none. Not thread-safe.
 */
public final class DocumentAnalyzer {
  private static final int ENTITY_CHARS = 6_000;

  private final LanguageDetector languages;
  private final TermAnalyzer terms;
  private final EntityExtractor entities;

  public DocumentAnalyzer(LanguageDetector languages, TermAnalyzer terms, EntityExtractor entities) {
    this.languages = Objects.requireNonNull(languages, "languages");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.entities = Objects.requireNonNull(entities, "entities");
  }

  /** Default models: OpenNLP language detector, Lucene analyzers with English as fallback. */
  public DocumentAnalyzer() {
    this(new LanguageDetector(), new TermAnalyzer("eng"), new EntityExtractor());
  }

  public AnalyzedDocument analyze(ClusterDocument doc) {
    Objects.requireNonNull(doc, "doc");
    String all = doc.title().isEmpty() ? doc.text() : doc.title() + "\n" + doc.text();
    DetectedLanguage language = languages.detect(all);
    String code = language.code();
    List<String> title = terms.terms(doc.title(), code);
    List<String> body = terms.terms(doc.text(), code);
    List<Entity> found = List.of();
    if ("eng".equals(code) || !language.isDetermined()) {
      String head = all.length() > ENTITY_CHARS ? all.substring(0, ENTITY_CHARS) : all;
      found = entities.extract(head);
    }
    Set<String> entityTerms = new LinkedHashSet<>();
    for (Entity e : found) entityTerms.addAll(terms.terms(e.name(), code));
    return new AnalyzedDocument(doc.id(), doc.published(), code, title, body, List.copyOf(entityTerms), found);
  }
}
