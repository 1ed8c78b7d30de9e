package newsdesk.cluster;

import java.util.List;

/**
 * Where the clusterer put one document.
 *
 * @param storyId  the story the document joined or started
 * @param absorbed stories merged into {@code storyId} while placing this document (usually none)
 */
public record StoryAssignment(String storyId, List<String> absorbed) {
  public StoryAssignment {
    absorbed = absorbed == null ? List.of() : List.copyOf(absorbed);
  }
}
