package newsdesk.store;

import java.util.List;
import java.util.Optional;

/**
 * A {@link SourceStore} whose every call is served by {@link #sourceStore()}: how {@link SqliteNewsStore}
 * takes on the role (the sources, their profiles and the outlet names) without a
 * line of its own per call.
 */
interface ForwardingSourceStore extends SourceStore {
  /** The object that serves this role's calls. */
  SourceStore sourceStore();

  @Override
  default void countOutletName(String host, String name) {
    sourceStore().countOutletName(host, name);
  }

  @Override
  default Optional<String> outletName(String host) {
    return sourceStore().outletName(host);
  }

  @Override
  default Source addSource(String url, String kind, String key, String title) {
    return sourceStore().addSource(url, kind, key, title);
  }

  @Override
  default List<Source> sources() {
    return sourceStore().sources();
  }

  @Override
  default Optional<Source> source(long id) {
    return sourceStore().source(id);
  }

  @Override
  default boolean removeSource(long id) {
    return sourceStore().removeSource(id);
  }

  @Override
  default void updateSource(Source s) {
    sourceStore().updateSource(s);
  }

  @Override
  default void saveSourceProfile(long sourceId, SourceProfile profile) {
    sourceStore().saveSourceProfile(sourceId, profile);
  }

  @Override
  default SourceProfile sourceProfile(long sourceId) {
    return sourceStore().sourceProfile(sourceId);
  }

  @Override
  default boolean moveSource(long sourceId, String url) {
    return sourceStore().moveSource(sourceId, url);
  }
}
