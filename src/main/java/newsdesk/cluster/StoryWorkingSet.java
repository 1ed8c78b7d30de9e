package newsdesk.cluster;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import newsdesk.text.DetectedLanguage;

/**
 * The stories an {@link OnlineStoryClusterer} can still place documents in, with the term index
 * that finds them and the stream clock that closes them.
 *
 * <p>Stories are kept in order of their last growth, so the quiet ones are at the front: a story
 * with no member published in the last {@link ClusteringConfig#quietPeriod()} of stream time (the
 * latest publication time seen) leaves the set when the clock advances, and the set never holds
 * more than {@link ClusteringConfig#maxActiveStories()} (the least recently grown goes first). A
 * story that leaves is marked inactive, and its documents leave the {@link TermStatistics}.
 * Growing a story ({@link #join}, {@link #absorb}) keeps its centroid, lead, embeddings, outlets,
 * signature and office-holder counts, dates and language, the term index and the order of the set
 * current. Not thread-safe.
 */
final class StoryWorkingSet {
  /**
   * The fewest stories that left the set before the term index drops them ({@link StoryTermIndex#sweep}):
   * a sweep runs once as many have left as the set holds, and at least this many, so that stories
   * that left (with their centroids) never outnumber the set by much, at a cost spread over them.
   */
  private static final int MIN_LEFT_BEFORE_SWEEP = 1_000;

  private final ClusteringConfig config;
  private final StoryScorer scorer;
  private final TermStatistics statistics;
  private final LinkedHashMap<String, Story> active = new LinkedHashMap<>();
  private final StoryTermIndex index = new StoryTermIndex();
  private long streamTime = Long.MIN_VALUE;
  private long created;
  private int leftSinceSweep;
  private long sweeps;

  /**
   * An empty set; {@code scorer} is told of every growth (its signature and role counts), and
   * {@code statistics} forgets the documents of every story that leaves.
   */
  StoryWorkingSet(ClusteringConfig config, StoryScorer scorer, TermStatistics statistics) {
    this.config = config;
    this.scorer = scorer;
    this.statistics = statistics;
  }

  /**
   * Moves stream time to a dated document's publication and closes the stories gone quiet; returns
   * the document's time (the current stream time when it is undated).
   */
  long advanceClock(AnalyzedDocument doc) {
    if (doc.published() != null) {
      long t = doc.published().getEpochSecond();
      if (streamTime == Long.MIN_VALUE) startClock(t);
      if (t > streamTime) streamTime = t;
      expireQuietStories();
      return t;
    }
    return streamTime;
  }

  /**
   * Starts the stream clock at {@code t}, the first dated document: the stories opened before it
   * by undated documents have no time yet and count as seen at {@code t}, so that they go quiet
   * like any other and never hold the stories behind them in the set. A stream with no date at
   * all (the {@code cluster} command on undated JSONL) never starts the clock: nothing expires.
   */
  private void startClock(long t) {
    for (Story s : active.values()) {
      if (s.lastSeen == Long.MIN_VALUE) s.lastSeen = t;
    }
  }

  /**
   * Stories sharing the document's heaviest terms (see {@link StoryTermIndex#candidates}), oldest
   * first, keeping only those of a compatible language, not quiet at {@code time} and not opened
   * more than the quiet period after {@code published}.
   */
  List<Story> candidates(DocumentVector vector, String language, long time, long published) {
    return index.candidates(vector, config.candidateTerms(), config.maxCandidates(),
        s -> compatible(language, s.language) && !quiet(s, time) && !predates(s, published));
  }

  /** The story of the set with this id, or null. */
  Story get(String id) {
    return active.get(id);
  }

  /** Opens an empty story (evicting the least recently grown one when the set is full). */
  Story open(String id, String language) {
    Story s = new Story(id, created++, language);
    if (config.revises()) s.members = new ArrayList<>(2);
    active.put(id, s);
    if (active.size() > config.maxActiveStories()) {
      Iterator<Story> it = active.values().iterator();
      Story eldest = it.next();
      it.remove();
      leave(eldest);
    }
    if (leftSinceSweep >= Math.max(MIN_LEFT_BEFORE_SWEEP, active.size())) {
      index.sweep();
      leftSinceSweep = 0;
      sweeps++;
    }
    return s;
  }

  /** Adds {@code member} (seen at stream {@code time}) to {@code story}, which becomes the most recently grown. */
  void join(Story story, StoryMember member, long time) {
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
    story.longestMember = Math.max(story.longestMember, vector.size());
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
    story.termCounts.add(vector);
    active.remove(story.id);
    active.put(story.id, story);
  }

  /** Moves {@code member}, taken out of {@code from} ({@link MemberRemoval}), into {@code target}. */
  void move(Story from, Story target, StoryMember member) {
    from.termCounts.remove(member.vector());
    join(target, member, member.published());
  }

  /** Takes {@code story}, out of the set now, out of the term statistics too, and marks it inactive. */
  private void leave(Story story) {
    story.active = false;
    story.termCounts.forget(statistics, story.size);
    story.termCounts = null; // the term index may hold the story until its next sweep
    leftSinceSweep++;
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

  /**
   * Merges story {@code gone} into {@code keep}: {@code keep} takes its sums, members (while it stays
   * small enough to be revisited), outlets, counts and dates; {@code gone} leaves the set, inactive.
   * {@code keep} keeps its place in the order of the set.
   */
  void absorb(Story keep, Story gone) {
    double dot = keep.cosine(gone) * keep.norm() * gone.norm();
    keep.normSquared += 2 * dot + gone.normSquared;
    gone.centroid.forEach((term, weight) -> {
      if (!keep.centroid.containsKey(term)) index.add(term, keep);
      keep.centroid.add(term, weight);
    });
    keep.size += gone.size;
    keep.longestMember = Math.max(keep.longestMember, gone.longestMember);
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
    keep.termCounts.addAll(gone.termCounts); // its documents stay in the set, and in the term statistics
    gone.termCounts = null;
    gone.active = false;
    active.remove(gone.id);
    leftSinceSweep++;
  }

  /**
   * Whether a dated document is older than the story's first dated member by more than the quiet
   * period: a feed's backlog arriving late must not join, and then head, today's story (the story
   * window works both ways, as it does for a document newer than the story's last member).
   */
  boolean predates(Story s, long published) {
    return published != Long.MIN_VALUE && s.firstSeen != Long.MIN_VALUE
        && published < s.firstSeen - config.quietPeriod().toSeconds();
  }

  private boolean quiet(Story s, long now) {
    return s.lastSeen != Long.MIN_VALUE && now != Long.MIN_VALUE
        && s.lastSeen < now - config.quietPeriod().toSeconds();
  }

  /**
   * Closes the quiet stories at the front of the set (the least recently grown). Once the clock
   * runs every story has a time ({@link #startClock}), so none without one can hold the others.
   */
  private void expireQuietStories() {
    Iterator<Story> it = active.values().iterator();
    while (it.hasNext()) {
      Story s = it.next();
      if (!quiet(s, streamTime)) break;
      it.remove();
      leave(s);
    }
  }

  /** Whether documents of these two languages may share a story (undetermined goes with any). */
  static boolean compatible(String a, String b) {
    return a.equals(b) || DetectedLanguage.UNDETERMINED.equals(a) || DetectedLanguage.UNDETERMINED.equals(b);
  }

  /** How many times the term index dropped the stories that had left (for tests). */
  long sweeps() {
    return sweeps;
  }

  /** Number of stories in the set. */
  int size() {
    return active.size();
  }

  /** Members kept movable for revisable assignment, over the whole set. */
  int keptMembers() {
    int n = 0;
    for (Story s : active.values()) {
      if (s.members != null) for (StoryMember m : s.members) if (m.movable()) n++;
    }
    return n;
  }

  /**
   * Marks every story inactive and empties the set, for a clusterer that starts afresh (with new
   * term statistics: the documents are not forgotten one by one).
   */
  void closeAll() {
    for (Story s : active.values()) s.active = false;
    active.clear();
  }
}
