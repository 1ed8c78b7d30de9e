package newsdesk.store;

import newsdesk.summarize.Brief;

/**
 * A story's cached brief.
 *
 * @param storyId         the story
 * @param storyVersion    the story version it was computed for
 * @param brief           headline and sentences with provenance
 * @param readMoreArticle the article "Read more" links to, or null
 */
public record StoredBrief(String storyId, int storyVersion, Brief brief, Long readMoreArticle) {}
