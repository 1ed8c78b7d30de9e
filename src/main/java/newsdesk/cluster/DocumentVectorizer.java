package newsdesk.cluster;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns analysed documents into unit TF-IDF vectors: sublinear term frequency 1 + ln(tf), title
 * occurrences worth {@code titleWeight} body occurrences, body occurrences from position
 * {@code bodyTailStart} on worth {@code bodyTailWeight} (lead-weighted term frequency: a long page's
 * tail is mostly not its event), entity terms boosted by
 * {@code 1 + entityWeight}, idf from the documents of the working set (this document included; see {@link TermStatistics}).
 *
 * <p>A sub-vector goes with it (Miranda et al., EMNLP 2018, compare documents and stories by
 * several such vectors): the lead, the headline and the first {@code leadTerms} body terms, where
 * news states its event. With {@link ClusteringConfig#signatureTerms} > 0 the vector also carries
 * its specific signature and its headline signature (see {@link SpecificSignature}).
 */
final class DocumentVectorizer {
  private final TermStatistics statistics = new TermStatistics();
  private final ClusteringConfig config;

  DocumentVectorizer(ClusteringConfig config) {
    this.config = config;
  }

  TermStatistics statistics() {
    return statistics;
  }

  /**
   * The document's vectors; counts its terms in the document frequencies first. The document is
   * to join a story of the working set, which {@linkplain TermStatistics#forget forgets} it when it leaves.
   */
  DocumentVector vectorize(AnalyzedDocument doc) {
    Map<String, Double> frequency = new LinkedHashMap<>();
    for (String t : doc.titleTerms()) frequency.merge(t, config.titleWeight(), Double::sum);
    List<String> body = doc.bodyTerms();
    if (config.bodyTermLimit() > 0 && body.size() > config.bodyTermLimit()) body = body.subList(0, config.bodyTermLimit());
    for (int k = 0; k < body.size(); k++) frequency.merge(body.get(k), occurrence(k), Double::sum);
    int[] ids = ids(frequency);
    statistics.count(ids);
    Set<String> entityTerms = doc.entityTerms().isEmpty() ? Set.of() : new HashSet<>(doc.entityTerms());
    double[] weights = new double[ids.length];
    int i = 0;
    for (Map.Entry<String, Double> e : frequency.entrySet()) {
      double w = tf(e.getValue()) * statistics.idf(ids[i]);
      if (entityTerms.contains(e.getKey())) w *= 1 + config.entityWeight();
      weights[i++] = w;
    }
    DocumentVector lead = config.leadShare() > 0 ? lead(doc) : null;
    DocumentVector vector = unit(ids, weights, lead);
    if (config.signatureTerms() > 0) {
      int[] sorted = ids.clone();
      java.util.Arrays.sort(sorted);
      vector = new DocumentVector(ids, vector.weights(), lead,
          signature(frequency.keySet(), ids, vector.weights(), entityTerms), sorted,
          headlineSignature(doc, frequency.keySet(), ids, vector.weights(), entityTerms), roles(doc));
    }
    // The ids of its lead and office holders stay assigned while the document is in the working set.
    statistics.hold(StoryTermCounts.others(vector));
    return vector;
  }

  /** The document's role holders with term ids; null when the role conflict is off or none was found. */
  private DocumentVector.Role[] roles(AnalyzedDocument doc) {
    if (config.roleConflictPenalty() == 0 || doc.roles().isEmpty()) return null;
    DocumentVector.Role[] out = new DocumentVector.Role[doc.roles().size()];
    for (int i = 0; i < out.length; i++) {
      RoleHolder r = doc.roles().get(i);
      out[i] = new DocumentVector.Role(r.role(), statistics.id(r.holder()));
    }
    return out;
  }

  /**
   * The ids of the headline's terms that belong to a named entity, heaviest first (ties: first
   * occurrence first), at most {@code headlineNames}; empty without a headline.
   */
  private int[] headlineSignature(AnalyzedDocument doc, Set<String> terms, int[] ids, double[] weights, Set<String> entityTerms) {
    if (config.headlineNames() == 0 || doc.titleTerms().isEmpty()) return new int[0];
    Set<String> headline = new HashSet<>(doc.titleTerms());
    List<Integer> names = new java.util.ArrayList<>();
    int i = 0;
    for (String t : terms) {
      if (headline.contains(t) && entityTerms.contains(t)) names.add(i);
      i++;
    }
    names.sort((a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a]) : Integer.compare(a, b));
    int n = Math.min(config.headlineNames(), names.size());
    int[] out = new int[n];
    for (int k = 0; k < n; k++) out[k] = ids[names.get(k)];
    return out;
  }

  /**
   * The ids of the document's {@code signatureTerms} heaviest terms that belong to a named entity or
   * hold a digit, heaviest first (ties: first occurrence first).
   */
  private int[] signature(Set<String> terms, int[] ids, double[] weights, Set<String> entityTerms) {
    List<Integer> specific = new java.util.ArrayList<>();
    int i = 0;
    for (String t : terms) {
      if (entityTerms.contains(t) || hasDigit(t)) specific.add(i);
      i++;
    }
    specific.sort((a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a]) : Integer.compare(a, b));
    int n = Math.min(config.signatureTerms(), specific.size());
    int[] out = new int[n];
    for (int k = 0; k < n; k++) out[k] = ids[specific.get(k)];
    return out;
  }

  private static boolean hasDigit(String term) {
    for (int k = 0; k < term.length(); k++) if (Character.isDigit(term.charAt(k))) return true;
    return false;
  }

  private DocumentVector lead(AnalyzedDocument doc) {
    Map<String, Double> frequency = new LinkedHashMap<>();
    for (String t : doc.titleTerms()) frequency.merge(t, 1.0, Double::sum);
    List<String> body = doc.bodyTerms();
    int n = Math.min(body.size(), config.leadTerms());
    for (int k = 0; k < n; k++) frequency.merge(body.get(k), 1.0, Double::sum);
    int[] ids = ids(frequency);
    double[] weights = new double[ids.length];
    int i = 0;
    for (double f : frequency.values()) {
      weights[i] = tf(f) * statistics.idf(ids[i]);
      i++;
    }
    return unit(ids, weights, null);
  }

  /** What one body occurrence at term position {@code position} counts (lead-weighted term frequency). */
  private double occurrence(int position) {
    return config.bodyTailStart() > 0 && position >= config.bodyTailStart() ? config.bodyTailWeight() : 1.0;
  }

  /** Sublinear term frequency 1 + ln(f), and f itself under 1 (a term seen only in a long body's tail). */
  private static double tf(double f) {
    return f < 1 ? f : 1 + Math.log(f);
  }

  private int[] ids(Map<String, Double> frequency) {
    int[] ids = new int[frequency.size()];
    int i = 0;
    for (String term : frequency.keySet()) ids[i++] = statistics.id(term);
    return ids;
  }

  private static DocumentVector unit(int[] ids, double[] weights, DocumentVector lead) {
    double norm = 0;
    for (double w : weights) norm += w * w;
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      for (int k = 0; k < weights.length; k++) weights[k] *= scale;
    }
    return new DocumentVector(ids, weights, lead);
  }
}
