package newsdesk.summarize;

import java.util.List;
import java.util.Objects;

/**
 * What a story page shows: the brief, the article its "Read more at" links (null when the story has
 * no article), and every outlet that covered the story, earliest first.
 */
public record StoryBrief(Brief brief, SourceArticle readMore, List<String> outlets) {
  public StoryBrief {
    Objects.requireNonNull(brief, "brief");
    outlets = List.copyOf(outlets);
  }
}
