package newsdesk.cluster;

/**
 * Online (single-pass) story clustering: each arriving document joins a story or starts one.
 * Deterministic: the same documents in the same order give the same stories. Not thread-safe;
 * one instance serves one stream.
 */
public interface StoryClusterer {
  /** Places {@code document} and returns its story. */
  StoryAssignment add(ClusterDocument document);
}
