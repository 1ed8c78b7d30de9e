package newsdesk.cluster;

import java.util.List;

/**
 * Where the clusterer put one document.
 *
 * @param storyId  the story the document joined or started
 * @param absorbed stories merged into {@code storyId} while placing this document (usually none)
 * @param moved    earlier documents (ids, as added or restored) that placing this document moved
 *                 into {@code storyId} from the story they were in (revisable assignment, see
 *                 {@link ClusteringConfig#reviseStories()}; usually none). Callers file them under
 *                 {@code storyId} from now on; the story they left keeps at least one member.
 */
public record StoryAssignment(String storyId, List<String> absorbed, List<String> moved) {
  public StoryAssignment {
    absorbed = absorbed == null ? List.of() : List.copyOf(absorbed);
    moved = moved == null ? List.of() : List.copyOf(moved);
  }

  /** An assignment that moved no earlier document. */
  public StoryAssignment(String storyId, List<String> absorbed) {
    this(storyId, absorbed, List.of());
  }
}
