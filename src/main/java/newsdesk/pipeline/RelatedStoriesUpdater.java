package newsdesk.pipeline;

import java.util.List;
import newsdesk.store.NewsStore;

/**
 * Recomputes the stored related stories after stories changed: those of the changed stories and
 * of the stories close enough in time to now count one of them as related. An implementation
 * that stores a story's list clears its mark with {@link NewsStore#relatedStored} in the same
 * transaction, so {@link NewsStore#storiesNeedingRelated} names what is still to do.
 */
public interface RelatedStoriesUpdater {
  void update(NewsStore store, List<String> changedStoryIds);
}
