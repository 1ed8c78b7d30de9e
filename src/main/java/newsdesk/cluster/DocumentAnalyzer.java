package newsdesk.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import newsdesk.text.DetectedLanguage;
import newsdesk.text.Entity;
import newsdesk.text.EntityExtractor;
import newsdesk.text.LanguageDetector;
import newsdesk.text.EmbedderUnavailableException;
import newsdesk.text.SentenceEmbedder;
import newsdesk.text.TermAnalyzer;

/**
 * Language, terms and entities of a {@link ClusterDocument}, and its sentence embedding when the
 * analyzer was given a {@link SentenceEmbedder}. Entities are extracted for English only (the POS
 * model is English); other languages get none. So it is with embeddings: the bundled model was
 * trained on English, and a document in another language is clustered by its terms alone.
 * Without an embedder, {@link AnalyzedDocument#embedding()} is null and the clusterer scores with
 * TF-IDF alone, exactly as before embeddings existed; so it does after the embedder failed once. Not
 * thread-safe.
 */
public final class DocumentAnalyzer {
  private static final int ENTITY_CHARS = 6_000;

  private final LanguageDetector languages;
  private final TermAnalyzer terms;
  private final EntityExtractor entities;
  private final RoleHolders roleHolders = new RoleHolders();
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentAnalyzer.class);

  private SentenceEmbedder embedder;
  private final int embedBelowTerms;

  /**
   * @param embedder        embeds headline and lead of a document, or null for none (no embedding:
   *                        TF-IDF only clustering)
   * @param embedBelowTerms only documents with fewer distinct (title and body) terms are embedded:
   *                        the clusterer gives longer ones no embedding weight (see
   *                        {@link ClusteringConfig#embeddingTermLimit()}), and a model run costs
   *                        more than the rest of the analysis together
   */
  public DocumentAnalyzer(LanguageDetector languages, TermAnalyzer terms, EntityExtractor entities,
      SentenceEmbedder embedder, int embedBelowTerms) {
    this.languages = Objects.requireNonNull(languages, "languages");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.entities = Objects.requireNonNull(entities, "entities");
    if (embedBelowTerms < 1) throw new IllegalArgumentException("embedBelowTerms must be >= 1: " + embedBelowTerms);
    this.embedder = embedder;
    this.embedBelowTerms = embedBelowTerms;
  }

  /** Embeds every document when {@code embedder} is not null. */
  public DocumentAnalyzer(LanguageDetector languages, TermAnalyzer terms, EntityExtractor entities,
      SentenceEmbedder embedder) {
    this(languages, terms, entities, embedder, Integer.MAX_VALUE);
  }

  /**
   * The entities of {@code doc} worth showing to a reader ({@link EntityExtractor#worthShowing}):
   * the analysis keeps every entity as a clustering feature, pages and search show these. The
   * document's own outlet is none of its topics ("Wikinews" in every Wikinews article, "The
   * Guardian" writing "the Guardian understands"): an entity whose name is the outlet's, case,
   * punctuation and a leading "The" aside, is left out; other outlets' articles naming it keep it.
   */
  public List<Entity> shownEntities(AnalyzedDocument doc) {
    String outlet = doc.outlet() == null ? "" : outletKey(doc.outlet());
    return doc.entities().stream().filter(entities::worthShowing)
        .filter(e -> outlet.isEmpty() || !outlet.equals(outletKey(e.name()))).toList();
  }

  private static String outletKey(String name) {
    String lower = name.strip().toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("the ")) lower = lower.substring(4);
    return lower.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Without embedder: documents carry no embedding. */
  public DocumentAnalyzer(LanguageDetector languages, TermAnalyzer terms, EntityExtractor entities) {
    this(languages, terms, entities, null);
  }

  /** Default models and {@code embedder} (null: none), embedding every document. */
  public DocumentAnalyzer(SentenceEmbedder embedder) {
    this(new LanguageDetector(), new TermAnalyzer("eng"), new EntityExtractor(), embedder);
  }

  /**
   * Default models and {@code embedder} (null: none) for a clusterer with {@code config}: only the
   * documents whose embedding the clusterer weighs are embedded.
   */
  public DocumentAnalyzer(SentenceEmbedder embedder, ClusteringConfig config) {
    this(new LanguageDetector(), new TermAnalyzer("eng"), new EntityExtractor(), embedder, config.embeddingTermLimit());
  }

  /** Default models: OpenNLP language detector, Lucene analyzers with English as fallback. */
  public DocumentAnalyzer() {
    this(new LanguageDetector(), new TermAnalyzer("eng"), new EntityExtractor());
  }

  /**
   * The text a sentence embedder reads for {@code doc}: headline, then body (the embedder keeps a
   * bounded lead of it).
   */
  public static String embeddingText(ClusterDocument doc) {
    return doc.title().isEmpty() ? doc.text() : doc.text().isEmpty() ? doc.title() : doc.title() + "\n" + doc.text();
  }

  /**
   * The text whose language is detected for an article: headline, then body. Public so that
   * {@code newsdesk extract} reports the language the pipeline records.
   */
  public static String languageText(String title, String text) {
    return title == null || title.isEmpty() ? text : title + "\n" + text;
  }

  public AnalyzedDocument analyze(ClusterDocument doc) {
    Objects.requireNonNull(doc, "doc");
    String all = languageText(doc.title(), doc.text());
    DetectedLanguage language = languages.detect(all);
    String code = language.code();
    List<String> title = terms.terms(doc.title(), code);
    List<String> body = terms.terms(doc.text(), code);
    // The extractor knows per language what a capital says (nothing in German but known places);
    // a language it has no rules for gives no entities.
    String head = all.length() > ENTITY_CHARS ? all.substring(0, ENTITY_CHARS) : all;
    List<Entity> found = entities.extract(head, isEnglish(code) ? "eng" : code);
    // Offices are found in English appositions only ("Interior Secretary Ken Salazar").
    List<RoleHolder> roles = isEnglish(code) ? roleHolders(head, code) : List.of();
    Set<String> entityTerms = new LinkedHashSet<>();
    for (Entity e : found) entityTerms.addAll(terms.terms(e.name(), code));
    float[] embedding = embedder != null && worthEmbedding(code, title, body, embedBelowTerms) ? embed(doc) : null;
    return new AnalyzedDocument(doc.id(), doc.published(), code, title, body, List.copyOf(entityTerms), found, embedding,
        doc.outlet(), roles);
  }

  /**
   * The distinct offices and their holders named in an English text ({@link RoleHolder}, the holder as
   * its analysed term in {@code languageCode}), as {@link #analyze} finds them.
   */
  public List<RoleHolder> roleHolders(String text, String code) {
    Set<RoleHolder> out = new LinkedHashSet<>();
    for (RoleHolders.Found f : roleHolders.find(text)) {
      List<String> holder = terms.terms(f.surname(), code);
      if (holder.size() == 1) out.add(new RoleHolder(f.role(), holder.get(0)));
    }
    return List.copyOf(out);
  }

  /**
   * The document's embedding, or null when the embedder fails: clustering then goes on with TF-IDF
   * alone rather than losing the article. A model that cannot be used at all
   * ({@link EmbedderUnavailableException}, or a native library that does not link) fails the same
   * way every time, so embeddings are turned off for good; a failure on one text costs that text's
   * embedding only.
   */
  private float[] embed(ClusterDocument doc) {
    try {
      return embedder.embed(embeddingText(doc));
    } catch (EmbedderUnavailableException | LinkageError e) {
      LOG.warn("sentence embeddings are off from document {} on: {}; stories are formed from terms and names alone",
          doc.id(), e.toString());
      embedder = null;
      return null;
    } catch (RuntimeException e) {
      LOG.warn("document {} is clustered without its sentence embedding: {}", doc.id(), e.toString());
      return null;
    }
  }

  /**
   * Whether a document of this language and these terms gets an embedding from an analyzer with
   * {@code embedBelowTerms}: English (or undetermined), with terms, and fewer distinct ones than that.
   */
  public static boolean worthEmbedding(String languageCode, List<String> title, List<String> body, int embedBelowTerms) {
    if (!isEnglish(languageCode) || (title.isEmpty() && body.isEmpty())) return false;
    return distinct(title, body) < embedBelowTerms;
  }

  /** English or undetermined: the languages the POS model and the sentence model were trained on. */
  private static boolean isEnglish(String languageCode) {
    return "eng".equals(languageCode) || DetectedLanguage.UNDETERMINED.equals(languageCode);
  }

  private static int distinct(List<String> title, List<String> body) {
    Set<String> all = new java.util.HashSet<>(title);
    all.addAll(body);
    return all.size();
  }
}
