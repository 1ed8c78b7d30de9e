package newsdesk.store;

/** A related story of a story, best first by {@code rank} (0-based). */
public record RelatedStory(String storyId, int rank, String relatedId, double score) {}
