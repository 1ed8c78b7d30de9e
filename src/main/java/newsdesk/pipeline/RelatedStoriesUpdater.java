package newsdesk.pipeline;

import java.util.List;
import newsdesk.store.NewsStore;

/**
 * Recomputes the stored related stories after stories changed: those of the changed stories and
 * of the stories close enough in time to now count one of them as related.
 */
public interface RelatedStoriesUpdater {
  void update(NewsStore store, List<String> changedStoryIds);
}
