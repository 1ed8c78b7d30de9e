package newsdesk.cluster;

/**
 * Online (single-pass) story clustering: each arriving document joins a story or starts one.
 * Deterministic: the same documents in the same order give the same stories. Not thread-safe;
 * one instance serves one stream.
 */
public interface StoryClusterer {
  /**
   * Places {@code document} and returns its story. When placing it shows that two stories are one,
   * the returned assignment lists the story ids merged into its story; callers relabel those
   * stories' earlier documents. When it shows that earlier documents belong to its story
   * (revisable assignment, {@link ClusteringConfig#reviseStories()}), the assignment lists their
   * ids ({@link StoryAssignment#moved()}); callers file them under its story.
   */
  StoryAssignment add(ClusterDocument document);

  /**
   * Puts back a document that an earlier run already assigned to {@code storyId}, so that
   * clustering continues across runs: later documents may join that story as if the clusterer had
   * never stopped. The pipeline calls it at start-up for the recent documents (those inside the
   * quiet period), oldest first, before any {@link #add}. It never moves or merges stories and
   * returns nothing; a document without content is ignored. Restoring exactly the working set
   * (every document of the stories still active, none other) leaves a clusterer whose term
   * statistics are those of one that never stopped (see {@code TermStatistics}).
   */
  void restore(ClusterDocument document, String storyId);

  /**
   * {@link #add(ClusterDocument)} for a document analysed beforehand, so that the caller can keep
   * the analysis (language, entities) without computing it twice.
   */
  StoryAssignment add(AnalyzedDocument document);

  /** {@link #restore(ClusterDocument, String)} for a document analysed beforehand. */
  void restore(AnalyzedDocument document, String storyId);

  /**
   * Whether later documents may still join the story {@code storyId} (an id {@link #add} returned
   * or {@link #restore} was given): false once it left the working set (or was merged into
   * another), for good, so that callers may forget what they keep per story. The default, true,
   * suits a clusterer that never closes a story.
   */
  default boolean isActive(String storyId) {
    return true;
  }

  /**
   * Forgets every document and story (term statistics included), leaving the clusterer as a new
   * instance. The pipeline calls it when an admission failed after {@link #add} had placed its
   * document (the store rolled the admission back), then {@linkplain #restore restores} the
   * stored working set, so that memory never keeps a story, a merge, a move or a document the
   * store does not have.
   */
  void clear();
}
