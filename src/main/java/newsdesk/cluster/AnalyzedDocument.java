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
 */
public record AnalyzedDocument(
    String id,
    Instant published,
    String language,
    List<String> titleTerms,
    List<String> bodyTerms,
    List<String> entityTerms,
    List<Entity> entities) {
  public AnalyzedDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    titleTerms = List.copyOf(titleTerms);
    bodyTerms = List.copyOf(bodyTerms);
    entityTerms = List.copyOf(entityTerms);
    entities = List.copyOf(entities);
  }

  public boolean isEmpty() {
    return titleTerms.isEmpty() && bodyTerms.isEmpty();
  }
}
