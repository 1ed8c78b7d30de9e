package newsdesk.cluster;

/**
 * A story related to another one.
 *
 * @param storyId    the related story
 * @param similarity cosine of the two stories' TF-IDF profiles, in (0, 1]
 */
public record RelatedStory(String storyId, double similarity) {}
