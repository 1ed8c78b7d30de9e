package newsdesk.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import newsdesk.text.DetectedLanguage;

/**
 * Single-pass story clustering over TF-IDF centroids (after Miranda et al., "Multilingual
 * Clustering of Streaming News", EMNLP 2018, without the learnt weights).
 *
 * <p>Each document becomes a unit TF-IDF vector (per-language Lucene analysis, title terms and
 * named-entity terms weighted up, idf learnt from the stream). Candidate stories come from an
 * inverted index over the document's heaviest terms. The document joins the best-scoring story if
 * the score reaches a threshold that grows with document length (headlines share few words; see
 * {@link ClusteringConfig#threshold}); otherwise it starts a story named after itself. The score
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
 */
public final class OnlineStoryClusterer implements StoryClusterer {
  private static final int SWEEP_EVERY = 5_000;
  private static final int MERGE_CHECKS = 3;

  private final DocumentAnalyzer analyzer;
  private final ClusteringConfig config;
  // Not final: clear() starts them afresh.
  private DocumentVectorizer vectorizer;
  private StoryScorer scorer;
  private final LinkedHashMap<String, Story> active = new LinkedHashMap<>();
  private StoryTermIndex index = new StoryTermIndex();
  private long streamTime = Long.MIN_VALUE;
  private long created;
  private long placed;

  public OnlineStoryClusterer(DocumentAnalyzer analyzer, ClusteringConfig config) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.config = Objects.requireNonNull(config, "config");
    this.vectorizer = new DocumentVectorizer(config);
    this.scorer = new StoryScorer(config);
  }

  public OnlineStoryClusterer(DocumentAnalyzer analyzer) {
    this(analyzer, ClusteringConfig.defaults());
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
    long time = advanceClock(doc);
    List<Story> candidates = candidates(vector, doc.language(), time, published(doc));
    // Candidates come oldest first, so a strictly better score is needed to prefer a younger story.
    Story best = null;
    double bestMargin = Double.NEGATIVE_INFINITY;
    float[] embedding = doc.hasEmbedding() ? doc.embedding() : null;
    for (Story s : candidates) {
      double score = scorer.score(s, vector);
      s.partial = score;
      double margin = margin(s, vector, score, embedding, doc.outlet());
      if (margin > bestMargin) {
        best = s;
        bestMargin = margin;
      }
    }
    if (best != null && bestMargin < 0) best = null;
    StoryMember member = member(doc, vector);
    if (best == null) {
      Story story = open(doc.id(), doc.language());
      join(story, member, time);
      return new StoryAssignment(story.id, List.of(), revise(story, candidates));
    }
    join(best, member, time);
    List<String> moved = revise(best, candidates);
    List<String> absorbed = new ArrayList<>();
    Story survivor = mergeNeighbours(best, candidates, absorbed, config.mergeThreshold(vector.size()),
        config.lengthFactor(vector.size()));
    return new StoryAssignment(survivor.id, absorbed, moved);
  }

  /**
   * How far {@code s} is over the joining threshold for a document ({@code score}: the scorer's score):
   * TF-IDF margin, mixed with the embedding margin when both sides have embeddings, less the
   * same-outlet penalties. A placement takes the story of the highest non-negative margin.
   */
  private double margin(Story s, DocumentVector vector, double score, float[] embedding, String outlet) {
    double margin = score - config.threshold(vector.size());
    double w = config.embeddingWeight(vector.size());
    if (embedding != null && w > 0 && s.embedded > 0) {
      double share = config.averageLinkage() * config.lengthFactor(vector.size());
      double mixed = (1 - w) * margin
          + w * (s.embeddingSimilarity(embedding, share) - config.embeddingThreshold(vector.size()));
      // Two events of one kind embed alike ("earthquake hits Chile" / "... Italy"): across a
      // conflict of specific names the embedding may lower the margin, never lift it.
      margin = scorer.signature().conflict(s, vector) > 0 ? Math.min(margin, mixed) : mixed;
    }
    if (outlet != null && s.outlets.contains(outlet)) {
      margin -= config.sameOutletPenalty();
      margin -= config.headlineConflictPenalty() * scorer.signature().headlineConflict(s, vector);
    }
    return margin;
  }

  private StoryMember member(AnalyzedDocument doc, DocumentVector vector) {
    return new StoryMember(doc.id(), vector, doc.hasEmbedding() ? doc.embedding() : null, doc.outlet(), doc.language(),
        published(doc));
  }

  /**
   * Revisable assignment ({@link ClusteringConfig#reviseStories()}): members of the candidates
   * closest to the document just placed in {@code target} that now fit {@code target} better than
   * their own story move there. Stories visited by score (ties: older first), members newest
   * first; a story keeps at least one member. Returns the ids moved, in order.
   */
  private List<String> revise(Story target, List<Story> candidates) {
    if (!config.revises()) return List.of();
    List<Story> closest = new ArrayList<>();
    for (Story s : candidates) {
      if (s != target && s.active && s.partial > 0 && s.members != null && s.size >= 2) closest.add(s);
    }
    closest.sort(Comparator.comparingDouble((Story s) -> -s.partial).thenComparingLong(s -> s.order));
    if (closest.size() > config.reviseStories()) closest = closest.subList(0, config.reviseStories());
    List<String> moved = new ArrayList<>(0);
    for (Story from : closest) {
      for (int i = from.members.size() - 1; i >= 0 && from.size >= 2 && from.members != null; i--) {
        StoryMember m = from.members.get(i);
        if (!m.movable() || m.vector().size() < config.reviseMinTerms()) continue;
        if (!compatible(m.language(), target.language) || predates(target, m.published())) continue;
        // The target does not hold the member: its margin needs no removal, and most members
        // fail it, so they are never taken out of their story.
        double there = margin(target, m.vector(), scorer.score(target, m.vector()), m.embedding(), m.outlet());
        if (there < 0) continue;
        Runnable undo = MemberRemoval.take(from, m, scorer);
        double own = margin(from, m.vector(), scorer.score(from, m.vector()), m.embedding(), m.outlet());
        if (there > own + config.reviseDelta()) {
          from.members.remove(i);
          join(target, m, m.published());
          moved.add(m.id());
        } else {
          undo.run();
        }
      }
    }
    return moved;
  }

  /** {@link #restore(ClusterDocument, String)} for a document analysed beforehand. */
  public void restore(AnalyzedDocument doc, String storyId) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(storyId, "storyId");
    if (doc.isEmpty()) return;
    DocumentVector vector = vectorizer.vectorize(doc);
    long time = advanceClock(doc);
    Story story = active.get(storyId);
    if (story == null) story = open(storyId, doc.language());
    join(story, member(doc, vector), time);
  }

  @Override
  public void clear() {
    for (Story s : active.values()) s.active = false;
    active.clear();
    index = new StoryTermIndex();
    vectorizer = new DocumentVectorizer(config);
    scorer = new StoryScorer(config);
    streamTime = Long.MIN_VALUE;
    created = 0;
    placed = 0;
  }

  /** Number of stories in the working set. */
  public int activeStories() {
    return active.size();
  }

  /**
   * Members whose vectors the working set keeps for revisable assignment (0 when it is off): only
   * stories of at most {@code reviseMaxMembers} keep them, so the count stays bounded.
   */
  int keptMembers() {
    int n = 0;
    for (Story s : active.values()) {
      if (s.members != null) for (StoryMember m : s.members) if (m.movable()) n++;
    }
    return n;
  }

  /** Distinct terms the clusterer has seen (the only state that grows with the stream). */
  public int vocabularySize() {
    return vectorizer.statistics().vocabularySize();
  }

  private long advanceClock(AnalyzedDocument doc) {
    if (doc.published() != null) {
      long t = doc.published().getEpochSecond();
      if (t > streamTime) streamTime = t;
      expireQuietStories();
      return t;
    }
    return streamTime;
  }

  private static long published(AnalyzedDocument doc) {
    return doc.published() == null ? Long.MIN_VALUE : doc.published().getEpochSecond();
  }

  /**
   * Whether a dated document is older than the story's first dated member by more than the quiet
   * period: a feed's backlog arriving late must not join, and then head, today's story (the story
   * window works both ways, as it does for a document newer than the story's last member).
   */
  private boolean predates(Story s, long published) {
    return published != Long.MIN_VALUE && s.firstSeen != Long.MIN_VALUE
        && published < s.firstSeen - config.quietPeriod().toSeconds();
  }

  private boolean quiet(Story s, long now) {
    return s.lastSeen != Long.MIN_VALUE && now != Long.MIN_VALUE
        && s.lastSeen < now - config.quietPeriod().toSeconds();
  }

  private void expireQuietStories() {
    Iterator<Story> it = active.values().iterator();
    while (it.hasNext()) {
      Story s = it.next();
      if (!quiet(s, streamTime)) break;
      s.active = false;
      it.remove();
    }
  }

  private Story open(String id, String language) {
    Story s = new Story(id, created++, language);
    if (config.revises()) s.members = new ArrayList<>(2);
    active.put(id, s);
    if (active.size() > config.maxActiveStories()) {
      Iterator<Story> it = active.values().iterator();
      Story eldest = it.next();
      eldest.active = false;
      it.remove();
    }
    if (++placed % SWEEP_EVERY == 0) index.sweep();
    return s;
  }

  private void join(Story story, StoryMember member, long time) {
    DocumentVector vector = member.vector();
    double dot = vector.dot(story.centroid);
    story.normSquared += 2 * dot + 1;
    int[] terms = vector.terms();
    double[] weights = vector.weights();
    for (int i = 0; i < terms.length; i++) {
      if (!story.centroid.containsKey(terms[i])) index.add(terms[i], story);
      story.centroid.add(terms[i], weights[i]);
    }
    story.size++;
    if (vector.lead() != null) story.lead.add(vector.lead());
    if (member.embedding() != null) story.addEmbedding(member.embedding());
    story.addOutlet(member.outlet());
    scorer.signature().joined(story, vector);
    scorer.roles().joined(story, vector);
    if (DetectedLanguage.UNDETERMINED.equals(story.language)) story.language = member.language();
    if (time != Long.MIN_VALUE && time > story.lastSeen) story.lastSeen = time;
    long published = member.published();
    if (published != Long.MIN_VALUE && (story.firstSeen == Long.MIN_VALUE || published < story.firstSeen)) {
      story.firstSeen = published;
    }
    track(story, member);
    active.remove(story.id);
    active.put(story.id, story);
  }

  /** Keeps the member for revisable assignment while the story is small enough to be revisited. */
  private void track(Story story, StoryMember member) {
    if (story.members == null) return;
    if (story.size > config.reviseMaxMembers()) {
      story.members = null; // outgrown: settled, and its members' vectors are no longer needed
      return;
    }
    story.members.add(member.vector().size() >= config.reviseMinTerms() ? member : member.fixed());
  }

  private static boolean compatible(String a, String b) {
    return a.equals(b) || DetectedLanguage.UNDETERMINED.equals(a) || DetectedLanguage.UNDETERMINED.equals(b);
  }

  private List<Story> candidates(DocumentVector vector, String language, long time, long published) {
    return index.candidates(vector, config.candidateTerms(), config.maxCandidates(),
        s -> compatible(language, s.language) && !quiet(s, time) && !predates(s, published));
  }

  /**
   * Merges candidates that the joined story now resembles; returns the surviving story. Only the
   * few candidates closest to the document are checked: a story like the joined one is like the
   * document too, and centroid comparisons are the costliest step.
   */
  private Story mergeNeighbours(Story joined, List<Story> candidates, List<String> absorbed, double threshold, double length) {
    List<Story> closest = new ArrayList<>();
    for (Story s : candidates) if (s != joined && s.partial > 0) closest.add(s);
    closest.sort(Comparator.comparingDouble((Story s) -> -s.partial).thenComparingLong(s -> s.order));
    if (closest.size() > MERGE_CHECKS) closest = closest.subList(0, MERGE_CHECKS);
    closest.sort(Comparator.comparingLong(s -> s.order));
    Story current = joined;
    for (Story other : closest) {
      if (other == joined || !other.active || !current.active) continue;
      if (!compatible(current.language, other.language)) continue;
      if (scorer.storySimilarity(current, other, length) < threshold) continue;
      if (config.roleConflictPenalty() > 0 && scorer.roles().conflict(current, other)) continue;
      Story keep = current.order <= other.order ? current : other;
      Story gone = keep == current ? other : current;
      absorb(keep, gone);
      absorbed.add(gone.id);
      current = keep;
    }
    return current;
  }

  private void absorb(Story keep, Story gone) {
    double dot = keep.cosine(gone) * keep.norm() * gone.norm();
    keep.normSquared += 2 * dot + gone.normSquared;
    gone.centroid.forEach((term, weight) -> {
      if (!keep.centroid.containsKey(term)) index.add(term, keep);
      keep.centroid.add(term, weight);
    });
    keep.size += gone.size;
    if (keep.members != null && gone.members != null && keep.size <= config.reviseMaxMembers()) {
      keep.members.addAll(gone.members);
    } else {
      keep.members = null;
    }
    keep.lead.add(gone.lead);
    keep.addEmbeddings(gone);
    gone.outlets.forEach(keep::addOutlet);
    scorer.signature().absorbed(keep, gone);
    scorer.roles().absorbed(keep, gone);
    keep.lastSeen = Math.max(keep.lastSeen, gone.lastSeen);
    if (gone.firstSeen != Long.MIN_VALUE && (keep.firstSeen == Long.MIN_VALUE || gone.firstSeen < keep.firstSeen)) {
      keep.firstSeen = gone.firstSeen;
    }
    if (DetectedLanguage.UNDETERMINED.equals(keep.language)) keep.language = gone.language;
    gone.active = false;
    active.remove(gone.id);
  }
}
