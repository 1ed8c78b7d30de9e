package newsdesk.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.cluster.RelatedStoryFinder;
import newsdesk.cluster.StoryProfile;
import newsdesk.cluster.StoryProfiles;
import newsdesk.store.NewsStore;
import newsdesk.store.RelatedStory;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoredEntity;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.text.LanguageTags;
import newsdesk.text.TermAnalyzer;

/**
 * Keeps the stored related stories current: after stories change, it ranks every live story
 * within the window of a changed one (their lists may change too) and stores the results.
 */
public final class StoredRelatedStories implements RelatedStoriesUpdater {
  private final RelatedStoryFinder finder;
  private final RelatedStoryFinder.Settings settings;

  public StoredRelatedStories(RelatedStoryFinder.Settings settings) {
    this.settings = settings;
    this.finder = new RelatedStoryFinder(settings);
  }

  @Override
  public void update(NewsStore store, List<String> changedStoryIds) {
    List<Instant> times = changedStoryIds.stream().map(store::story).flatMap(Optional::stream)
        .map(StoryRecord::lastPublished).filter(t -> t != null).toList();
    if (times.isEmpty()) return;
    Instant from = times.stream().min(Instant::compareTo).orElseThrow().minus(settings.window());
    Instant to = times.stream().max(Instant::compareTo).orElseThrow().plus(settings.window());
    List<StoryRecord> window = store.storiesUpdatedBetween(from, to, Integer.MAX_VALUE);
    List<StoryProfile> profiles = new ArrayList<>();
    try (TermAnalyzer analyzer = new TermAnalyzer()) {
      StoryProfiles builder = new StoryProfiles(analyzer);
      for (StoryRecord s : window) profiles.add(profile(store, s, builder));
    }
    Map<String, List<newsdesk.cluster.RelatedStory>> ranked = finder.find(profiles);
    store.inTransaction(() -> {
      ranked.forEach((id, related) -> {
        List<RelatedStory> rows = new ArrayList<>();
        for (int i = 0; i < related.size(); i++) rows.add(new RelatedStory(id, i, related.get(i).storyId(), related.get(i).similarity()));
        store.replaceRelated(id, rows);
      });
      return null;
    });
  }

  private static StoryProfile profile(NewsStore store, StoryRecord story, StoryProfiles profiles) {
    List<StoredArticle> articles = store.articlesOfStory(story.id());
    // Stored languages are BCP 47 tags ("de"); the analyzers take ISO 639-3 codes ("deu").
    String language = articles.stream().map(a -> LanguageTags.toIso3(a.language())).filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
    Optional<Brief> brief = store.brief(story.id()).map(StoredBrief::brief);
    List<StoredArticle> originals = articles.stream().filter(a -> a.duplicateOf() == null).toList();
    return profiles.profile(story.id(), story.lastPublished(), language, brief.map(Brief::headline).orElse(""),
        originals.stream().map(StoredArticle::text).toList(), originals.stream().map(StoredArticle::title).toList(),
        entityMentions(store.entitiesOfStory(story.id())));
  }

  /** Each entity name once per article that names it, as the finder weighs them. */
  private static List<String> entityMentions(List<StoredEntity> entities) {
    List<String> out = new ArrayList<>();
    for (StoredEntity e : entities) {
      for (int i = 0; i < e.articles(); i++) out.add(e.name());
    }
    return out;
  }
}
