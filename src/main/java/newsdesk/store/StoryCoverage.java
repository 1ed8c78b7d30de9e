package newsdesk.store;

/**
 * What the front page ranks a story by, without its articles or brief: its row and how many
 * distinct outlets covered it.
 *
 * @param record  the story's row
 * @param outlets distinct non-null outlet names among its articles
 */
public record StoryCoverage(StoryRecord record, int outlets) {}
