package newsdesk.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Keeps the stored related stories current. After stories change it ranks each changed story
 * against the live stories within its own window (the settings' {@code window}, 14 days, either
 * side of its newest article), and re-ranks the stories whose lists the change may touch: those
 * within that window that now pass the finder's filters with a changed story, or that listed one
 * (found by the reverse link wherever they lie, so that a story listing one that drifted more than
 * the window away from it is re-ranked too, in its own window, and drops it).
 * Each re-ranked story is ranked against the stories of its own window, so what is read from the
 * store is the stories within at most twice the window of a changed story (or of one listing it),
 * never the span between two changed stories (an old backlog article and today's news load two
 * short stretches, not the year between them). Idf and hubness are taken over the stories read in one update.
 *
 * <p>The profiles of the stories read are kept until the next update, which builds again only
 * those whose version or brief changed since (an update a minute later reads mostly the same
 * stories): reading a story's articles and analysing its texts is most of an update's time. What
 * is kept is therefore one update's stories (terms shared between them). One update at a time.
 */
public final class StoredRelatedStories implements RelatedStoriesUpdater {
  private final RelatedStoryFinder finder;
  private final Duration window;
  /** The profiles read by the last update, by story id. */
  private Map<String, Profiled> lastRead = Map.of();

  /** A profile and the story and brief versions it was built from. */
  private record Profiled(int version, int briefVersion, StoryProfile profile) {}

  public StoredRelatedStories(RelatedStoryFinder.Settings settings) {
    this.finder = new RelatedStoryFinder(settings);
    this.window = settings.window();
  }

  public StoredRelatedStories() {
    this(RelatedStoryFinder.Settings.defaults());
  }

  @Override
  public synchronized void update(NewsStore store, List<String> changedStoryIds) {
    List<StoryRecord> changed = changedStoryIds.stream().distinct().map(store::story).flatMap(Optional::stream)
        .filter(s -> s.mergedInto() == null && s.lastPublished() != null).toList();
    // A story that cannot be ranked (gone, merged, no time) needs nothing more: its mark goes.
    Set<String> rankable = changed.stream().map(StoryRecord::id).collect(java.util.stream.Collectors.toSet());
    List<String> unrankable = changedStoryIds.stream().distinct().filter(id -> !rankable.contains(id)).toList();
    if (!unrankable.isEmpty()) {
      store.inTransaction(() -> {
        unrankable.forEach(id -> store.relatedStored(id, store.brief(id).map(StoredBrief::storyVersion).orElse(Integer.MAX_VALUE)));
        return null;
      });
    }
    if (changed.isEmpty()) return;
    Set<String> targets = new LinkedHashSet<>(changed.stream().map(StoryRecord::id).toList());
    try (TermAnalyzer analyzer = new TermAnalyzer()) {
      Pool pool = new Pool(store, new StoryProfiles(analyzer), lastRead);
      changed.forEach(s -> pool.loadAround(s.lastPublished()));
      for (String id : neighbours(store, pool, targets)) {
        if (targets.add(id)) pool.loadAround(pool.time(id));
      }
      // A story that lists a changed one may lie outside the changed story's new window (the
      // changed story drifted away from it): it is found by the reverse link, and re-ranked in its own.
      for (StoryRecord s : listing(store, changed)) {
        if (targets.contains(s.id())) continue;
        pool.loadAround(s.lastPublished());
        if (pool.byId.containsKey(s.id())) targets.add(s.id());
      }
      Map<String, List<newsdesk.cluster.RelatedStory>> ranked = finder.find(pool.profiles(), targets);
      lastRead = pool.byId;
      store.inTransaction(() -> {
        ranked.forEach((id, related) -> {
          List<RelatedStory> rows = new ArrayList<>();
          for (int i = 0; i < related.size(); i++) rows.add(new RelatedStory(id, i, related.get(i).storyId(), related.get(i).similarity()));
          store.replaceRelated(id, rows);
          store.relatedStored(id, pool.byId.get(id).briefVersion());
        });
        return null;
      });
    }
  }

  /** The live, dated stories whose stored lists name one of {@code changed}, wherever they lie in time. */
  private static List<StoryRecord> listing(NewsStore store, List<StoryRecord> changed) {
    Set<String> ids = new LinkedHashSet<>();
    changed.forEach(c -> ids.addAll(store.storiesListing(c.id())));
    return ids.stream().map(store::story).flatMap(Optional::stream)
        .filter(s -> s.mergedInto() == null && s.lastPublished() != null).toList();
  }

  /** Stories of the pool whose lists a changed story may enter or leave. */
  private Set<String> neighbours(NewsStore store, Pool pool, Set<String> changed) {
    Set<String> out = new LinkedHashSet<>();
    finder.candidates(pool.profiles(), changed).values().forEach(out::addAll);
    for (StoryProfile p : pool.profiles()) {
      if (!out.contains(p.id()) && store.related(p.id()).stream().anyMatch(r -> changed.contains(r.relatedId()))) out.add(p.id());
    }
    out.removeAll(changed);
    return out;
  }

  /** The profiles read so far, and the time spans they cover, so that no span is read twice. */
  private final class Pool {
    private final NewsStore store;
    private final StoryProfiles builder;
    private final Map<String, Profiled> previous;
    private final Map<String, Profiled> byId = new LinkedHashMap<>();
    private final List<Instant[]> loaded = new ArrayList<>();
    /** One instance per distinct term: the analyzer makes a new string per occurrence, most of a profile's size. */
    private final Map<String, String> terms = new java.util.HashMap<>();

    Pool(NewsStore store, StoryProfiles builder, Map<String, Profiled> previous) {
      this.store = store;
      this.builder = builder;
      this.previous = previous;
    }

    Instant time(String id) {
      return byId.get(id).profile().time();
    }

    /** Reads the live stories within the window of {@code time} that are not read yet. */
    void loadAround(Instant time) {
      List<Instant[]> missing = new ArrayList<>();
      missing.add(new Instant[] {time.minus(window), time.plus(window)});
      for (Instant[] done : loaded) {
        List<Instant[]> rest = new ArrayList<>();
        for (Instant[] m : missing) {
          if (m[1].isBefore(done[0]) || m[0].isAfter(done[1])) {
            rest.add(m);
            continue;
          }
          if (m[0].isBefore(done[0])) rest.add(new Instant[] {m[0], done[0]});
          if (m[1].isAfter(done[1])) rest.add(new Instant[] {done[1], m[1]});
        }
        missing = rest;
      }
      for (Instant[] m : missing) {
        for (StoryRecord s : store.storiesUpdatedBetween(m[0], m[1], Integer.MAX_VALUE)) {
          if (!byId.containsKey(s.id())) byId.put(s.id(), profiled(s));
        }
        loaded.add(m);
      }
    }

    /** The last update's profile when neither the story nor its brief changed since, else a new one. */
    private Profiled profiled(StoryRecord s) {
      int brief = store.brief(s.id()).map(StoredBrief::storyVersion).orElse(-1);
      Profiled known = previous.get(s.id());
      if (known != null && known.version() == s.version() && known.briefVersion() == brief) return known;
      return new Profiled(s.version(), brief, compact(profile(store, s, builder)));
    }

    private StoryProfile compact(StoryProfile p) {
      List<String> shared = new ArrayList<>(p.terms().size());
      for (String t : p.terms()) shared.add(terms.computeIfAbsent(t, k -> k));
      return new StoryProfile(p.id(), p.time(), p.language(), p.headline(), shared, p.entities());
    }

    /** Newest first, then by id: the order does not change a ranking, but keeps it reproducible. */
    List<StoryProfile> profiles() {
      return byId.values().stream().map(Profiled::profile)
          .sorted(Comparator.comparing(StoryProfile::time, Comparator.reverseOrder()).thenComparing(StoryProfile::id)).toList();
    }
  }

  /** The profile of a stored story as the pipeline ranks it: brief headline, original articles' titles and texts, entities. */
  public static StoryProfile profile(NewsStore store, StoryRecord story, StoryProfiles profiles) {
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
