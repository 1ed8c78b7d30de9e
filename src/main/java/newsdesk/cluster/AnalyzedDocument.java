package newsdesk.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import newsdesk.text.Entity;

/**
 * A document after language detection, term analysis and entity extraction: what the clustering
 * step needs, so that analysis can run (and be measured) apart from it.
 *
 * @param id          caller's id
 * @param published   publication time, or null
 * @param language    ISO 639-3 code, or {@code und} when undetermined
 * @param titleTerms  analysed terms of the headline
 * @param bodyTerms   analysed terms of the body
 * @param entityTerms analysed terms of the article's named entities (each once)
 * @param entities    the named entities
 * @param embedding   unit-length sentence embedding of headline and lead, or null when the analyzer
 *                    has no {@link newsdesk.text.SentenceEmbedder} (the clusterer then scores with
 *                    TF-IDF alone); all zeros for a text without content. Not copied: callers must
 *                    not change the array after handing it over. Records compare arrays by
 *                    identity, so {@code equals} is identity on this component.
 * @param outlet      who published it, or null when unknown ({@link ClusterDocument#outlet()})
 * @param roles       offices and their holders named in the text ({@link RoleHolder}), in order of
 *                    occurrence; empty when none was found or the analyzer does not look for them
 */
public record AnalyzedDocument(
    String id,
    Instant published,
    String language,
    List<String> titleTerms,
    List<String> bodyTerms,
    List<String> entityTerms,
    List<Entity> entities,
    float[] embedding,
    String outlet,
    List<RoleHolder> roles) {
  public AnalyzedDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    titleTerms = List.copyOf(titleTerms);
    bodyTerms = List.copyOf(bodyTerms);
    entityTerms = List.copyOf(entityTerms);
    entities = List.copyOf(entities);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** A document without role holders. */
  public AnalyzedDocument(String id, Instant published, String language, List<String> titleTerms,
      List<String> bodyTerms, List<String> entityTerms, List<Entity> entities, float[] embedding, String outlet) {
    this(id, published, language, titleTerms, bodyTerms, entityTerms, entities, embedding, outlet, List.of());
  }

  /** A document of unknown outlet. */
  public AnalyzedDocument(String id, Instant published, String language, List<String> titleTerms,
      List<String> bodyTerms, List<String> entityTerms, List<Entity> entities, float[] embedding) {
    this(id, published, language, titleTerms, bodyTerms, entityTerms, entities, embedding, null, List.of());
  }

  /** A document without embedding (the clusterer scores it with TF-IDF alone) and of unknown outlet. */
  public AnalyzedDocument(String id, Instant published, String language, List<String> titleTerms,
      List<String> bodyTerms, List<String> entityTerms, List<Entity> entities) {
    this(id, published, language, titleTerms, bodyTerms, entityTerms, entities, null, null, List.of());
  }

  /** This document with {@code embedding} (null: none). */
  public AnalyzedDocument withEmbedding(float[] embedding) {
    return new AnalyzedDocument(id, published, language, titleTerms, bodyTerms, entityTerms, entities, embedding, outlet, roles);
  }

  /** True when the document carries a sentence embedding with content (not all zeros). */
  public boolean hasEmbedding() {
    if (embedding == null) return false;
    for (float x : embedding) if (x != 0) return true;
    return false;
  }

  public boolean isEmpty() {
    return titleTerms.isEmpty() && bodyTerms.isEmpty();
  }
}
