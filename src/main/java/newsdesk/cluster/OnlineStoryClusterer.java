package newsdesk.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Single-pass story clustering over TF-IDF centroids (after Miranda et al., "Multilingual
 * Clustering of Streaming News", EMNLP 2018, without the learnt weights).
 *
 * <p>Each document becomes a unit TF-IDF vector (per-language Lucene analysis, title terms and
 * named-entity terms weighted up, idf learnt from the stream). Candidate stories come from an
 * inverted index over the document's heaviest terms. The document joins the best-scoring story if
 * the score reaches a threshold that grows with document length (headlines share few words; see
 * {@link LengthScale#threshold}); otherwise it starts a story named after itself. The score
 * adapts to length as well: centroid cosine with a story-size prior for headlines, average linkage
 * for articles (see {@link StoryScorer}), mixed with the cosine of the leads (headline and first
 * body terms, a separate sub-vector as in Miranda et al.; {@link ClusteringConfig#leadShare}), less
 * a penalty when the document's and the story's specific names conflict ({@link SpecificSignature}).
 * When documents carry sentence embeddings (see {@link DocumentAnalyzer}), each story also keeps
 * the sum of its members' unit embeddings (384 floats), and the decision mixes the two signals'
 * margins over their own thresholds (see {@link ClusteringConfig#embeddingShortWeight()}), except
 * that across a specific-signature conflict the embedding can only lower the TF-IDF margin (two
 * events of one kind embed alike);
 * candidates still come from the term index, and all embeddings of one clusterer must come from one
 * embedder. A story that already holds an article of the document's outlet asks a larger margin
 * ({@link ClusteringConfig#sameOutletPenalty()}; documents of unknown outlet never pay it), and more
 * when the two headlines name different subjects ({@link ClusteringConfig#headlineConflictPenalty()}). After a join, the few candidates closest to the document are compared with the grown
 * story and merged into the older one when similar enough (same mix, TF-IDF only).
 * Documents of different determined languages never share a story. A story with no member
 * published in the last {@code quietPeriod} (stream time: the latest publication time seen) leaves
 * the working set; a dated document published more than {@code quietPeriod} before a story's first
 * dated member never joins it (a late backlog starts stories of its own); the working set never exceeds {@code maxActiveStories}. A document without terms
 * gets a story of its own and is not remembered. Deterministic: ties go to the older story.
 * Not thread-safe.
 *
 * <p>The parts: {@link StoryWorkingSet} (the stories, their term index and the stream clock),
 * {@link JoinMargin} (the decision), {@link StoryMerger} (merges after a join) and
 * {@link MemberReviser} (revisable assignment).
 */
public final class OnlineStoryClusterer implements StoryClusterer {
  private final DocumentAnalyzer analyzer;
  private final ClusteringConfig config;
  // Not final: clear() starts them afresh.
  private DocumentVectorizer vectorizer;
  private StoryScorer scorer;
  private StoryWorkingSet stories;
  private JoinMargin margin;
  private StoryMerger merger;
  private MemberReviser reviser;

  public OnlineStoryClusterer(DocumentAnalyzer analyzer, ClusteringConfig config) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.config = Objects.requireNonNull(config, "config");
    start();
  }

  public OnlineStoryClusterer(DocumentAnalyzer analyzer) {
    this(analyzer, ClusteringConfig.defaults());
  }

  /** Builds the state of a clusterer that has seen nothing. */
  private void start() {
    vectorizer = new DocumentVectorizer(config);
    scorer = new StoryScorer(config);
    stories = new StoryWorkingSet(config, scorer, vectorizer.statistics());
    margin = new JoinMargin(config, scorer);
    merger = new StoryMerger(config, scorer, stories);
    reviser = new MemberReviser(config, scorer, margin, stories);
  }

  @Override
  public StoryAssignment add(ClusterDocument document) {
    return add(analyzer.analyze(Objects.requireNonNull(document, "document")));
  }

  @Override
  public void restore(ClusterDocument document, String storyId) {
    restore(analyzer.analyze(Objects.requireNonNull(document, "document")), storyId);
  }

  /** {@link #add(ClusterDocument)} for a document analysed beforehand. */
  public StoryAssignment add(AnalyzedDocument doc) {
    Objects.requireNonNull(doc, "doc");
    if (doc.isEmpty()) return new StoryAssignment(doc.id(), List.of());
    DocumentVector vector = vectorizer.vectorize(doc);
    long time = stories.advanceClock(doc);
    List<Story> candidates = stories.candidates(vector, doc.language(), time, published(doc));
    // Candidates come oldest first, so a strictly better score is needed to prefer a younger story.
    Story best = null;
    double bestMargin = Double.NEGATIVE_INFINITY;
    float[] embedding = doc.hasEmbedding() ? doc.embedding() : null;
    for (Story s : candidates) {
      double score = scorer.score(s, vector);
      s.partial = score;
      double m = margin.margin(s, vector, score, embedding, doc.outlet());
      if (m > bestMargin) {
        best = s;
        bestMargin = m;
      }
    }
    if (best != null && bestMargin < 0) best = null;
    StoryMember member = member(doc, vector);
    if (best == null) {
      Story story = stories.open(doc.id(), doc.language());
      stories.join(story, member, time);
      return new StoryAssignment(story.id, List.of(), reviser.revise(story, candidates));
    }
    stories.join(best, member, time);
    List<String> moved = reviser.revise(best, candidates);
    List<String> absorbed = new ArrayList<>();
    Story survivor = merger.mergeNeighbours(best, candidates, absorbed, vector.size());
    return new StoryAssignment(survivor.id, absorbed, moved);
  }

  private static StoryMember member(AnalyzedDocument doc, DocumentVector vector) {
    return new StoryMember(doc.id(), vector, doc.hasEmbedding() ? doc.embedding() : null, doc.outlet(), doc.language(),
        published(doc));
  }

  /** {@link #restore(ClusterDocument, String)} for a document analysed beforehand. */
  public void restore(AnalyzedDocument doc, String storyId) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(storyId, "storyId");
    if (doc.isEmpty()) return;
    DocumentVector vector = vectorizer.vectorize(doc);
    long time = stories.advanceClock(doc);
    Story story = stories.get(storyId);
    if (story == null) story = stories.open(storyId, doc.language());
    stories.join(story, member(doc, vector), time);
  }

  @Override
  public void clear() {
    stories.closeAll();
    start();
  }

  /** Number of stories in the working set. */
  public int activeStories() {
    return stories.size();
  }

  /** Whether the story {@code storyId} is in the working set: later documents may still join it. */
  @Override
  public boolean isActive(String storyId) {
    return stories.get(storyId) != null;
  }

  /** Documents the term statistics count: those of the working set. */
  long countedDocuments() {
    return vectorizer.statistics().documents();
  }

  /**
   * Members whose vectors the working set keeps for revisable assignment (0 when it is off): only
   * stories of at most {@code reviseMaxMembers} keep them, so the count stays bounded.
   */
  int keptMembers() {
    return stories.keptMembers();
  }

  /** Distinct terms the documents of the working set hold (it shrinks as stories leave; see {@link TermStatistics}). */
  public int vocabularySize() {
    return vectorizer.statistics().vocabularySize();
  }

  private static long published(AnalyzedDocument doc) {
    return doc.published() == null ? Long.MIN_VALUE : doc.published().getEpochSecond();
  }
}
