package newsdesk.cluster;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns analysed documents into unit TF-IDF vectors: sublinear term frequency 1 + ln(tf), title
 * occurrences worth {@code titleWeight} body occurrences, entity terms boosted by
 * {@code 1 + entityWeight}, idf from the stream so far (this document included).
 */
final class DocumentVectorizer {
  private final TermStatistics statistics = new TermStatistics();
  private final double titleWeight;
  private final double entityWeight;


  private final int bodyTermLimit;

  DocumentVectorizer(double titleWeight, double entityWeight, int bodyTermLimit) {
    this.bodyTermLimit = bodyTermLimit;
    this.titleWeight = titleWeight;
    this.entityWeight = entityWeight;
  }

  TermStatistics statistics() {
    return statistics;
  }

  /** The document's vector; counts its terms in the document frequencies first. */
  DocumentVector vectorize(AnalyzedDocument doc) {
    Map<String, Double> frequency = new LinkedHashMap<>();
    for (String t : doc.titleTerms()) frequency.merge(t, titleWeight, Double::sum);
    var body = doc.bodyTerms();
    if (bodyTermLimit > 0 && body.size() > bodyTermLimit) body = body.subList(0, bodyTermLimit);
    for (String t : body) frequency.merge(t, 1.0, Double::sum);
    Set<String> entityTerms = doc.entityTerms().isEmpty() ? Set.of() : new HashSet<>(doc.entityTerms());
    int n = frequency.size();
    int[] ids = new int[n];
    double[] weights = new double[n];
    int i = 0;
    for (String term : frequency.keySet()) ids[i++] = statistics.id(term);
    statistics.count(ids);
    double norm = 0;
    i = 0;
    for (Map.Entry<String, Double> e : frequency.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * statistics.idf(ids[i]);
      if (entityTerms.contains(e.getKey())) w *= 1 + entityWeight;
      weights[i++] = w;
      norm += w * w;
    }
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      for (int k = 0; k < n; k++) weights[k] *= scale;
    }
    return new DocumentVector(ids, weights);
  }
}
