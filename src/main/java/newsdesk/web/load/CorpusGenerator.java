package newsdesk.web.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsdesk.demo.DemoArticle;
import newsdesk.demo.DemoCorpus;
import newsdesk.search.ArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.store.RelatedStory;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;

/**
 * Builds a large synthetic store from the bundled demo corpus, for load tests: stories of
 * {@value #PER_STORY} articles each, every article a variation of one demo article (paragraphs
 * rotated, an outlet line added, its own outlet, URL and time), spread evenly over {@code span}
 * up to {@code end}. Each story gets a brief from its first article's opening sentences and, from
 * the second round through the corpus on, a related story (the previous variation of the same
 * demo article). Inserted straight into the store, then indexed.
 */
public final class CorpusGenerator {
  static final int PER_STORY = 3;
  static final int OUTLETS = 12;
  private static final int BATCH = 3000;

  private final DemoCorpus corpus;
  private final Instant end;
  private final Duration span;

  public CorpusGenerator(DemoCorpus corpus, Instant end, Duration span) {
    if (corpus.articles().isEmpty()) throw new IllegalArgumentException("corpus is empty");
    this.corpus = corpus;
    this.end = end;
    this.span = span;
  }

  /** Inserts {@code articles} articles (rounded up to whole stories) and indexes them; returns the count inserted. */
  public int generate(NewsStore store, ArticleIndex index, int articles, java.util.function.IntConsumer progress) {
    if (articles <= 0) throw new IllegalArgumentException("articles must be positive, got " + articles);
    int stories = (articles + PER_STORY - 1) / PER_STORY;
    List<DemoArticle> demo = corpus.articles();
    long stepMillis = span.toMillis() / stories;
    Instant start = end.minus(span);
    int inserted = 0;
    List<StoredArticle> pending = new ArrayList<>();
    for (int first = 0; first < stories; first += BATCH / PER_STORY) {
      int last = Math.min(stories, first + BATCH / PER_STORY);
      int from = first;
      pending.addAll(store.inTransaction(() -> {
        List<StoredArticle> batch = new ArrayList<>();
        for (int s = from; s < last; s++) batch.addAll(story(store, s, demo, start.plusMillis(stepMillis * s)));
        return batch;
      }));
      inserted += (last - first) * PER_STORY;
      if (pending.size() >= BATCH * 2 || last == stories) {
        index.add(pending);
        pending.clear();
      }
      progress.accept(inserted);
    }
    return inserted;
  }

  private List<StoredArticle> story(NewsStore store, int s, List<DemoArticle> demo, Instant time) {
    DemoArticle base = demo.get(s % demo.size());
    int round = s / demo.size();
    String storyId = String.format(Locale.ROOT, "g-%07d", s);
    Instant lastTime = time.plus(Duration.ofHours(PER_STORY - 1));
    store.insertStory(new StoryRecord(storyId, lastTime, time, lastTime, lastTime, 1, null));
    List<StoredArticle> out = new ArrayList<>();
    for (int m = 0; m < PER_STORY; m++) {
      int outlet = (s * PER_STORY + m) % OUTLETS;
      String outletName = String.format(Locale.ROOT, "Outlet %02d", outlet + 1);
      String text = variation(base, round + m, outletName);
      String id = String.format(Locale.ROOT, "gen-%07d-%d", s, m);
      String url = String.format(Locale.ROOT, "https://outlet%02d.example/%d/%s", outlet + 1, round, base.path().replace("/wiki/", ""));
      String title = m == 0 ? base.title() : base.title() + (m == 1 ? ": what we know" : " — reactions");
      out.add(store.insertArticle(new StoredArticle(0, id, null, null, url, url + "#" + s, outletName, title, List.of(base.author()),
          time.plus(Duration.ofHours(m)), time.plus(Duration.ofHours(m)), "en", null, null, text, "page",
          Integer.toHexString(text.hashCode()) + "-" + id, null, storyId)));
    }
    StoredArticle lead = out.getFirst();
    store.saveBrief(new StoredBrief(storyId, 1, new Brief(base.title(), List.of(openingSentences(lead, 3))), lead.id()));
    if (s >= demo.size()) {
      store.replaceRelated(storyId, List.of(new RelatedStory(storyId, 0, String.format(Locale.ROOT, "g-%07d", s - demo.size()), 0.8)));
    }
    // The archive stands for one already ranked: a pipeline run on it must not rank every story again.
    store.relatedStored(storyId, 1);
    return out;
  }

  /** The demo article's paragraphs rotated by {@code shift}, with a credit line naming the outlet. */
  static String variation(DemoArticle a, int shift, String outlet) {
    List<String> paragraphs = new ArrayList<>(a.paragraphs());
    if (paragraphs.size() > 2) java.util.Collections.rotate(paragraphs.subList(1, paragraphs.size()), shift % (paragraphs.size() - 1));
    paragraphs.add("Reported by " + outlet + ".");
    return String.join("\n\n", paragraphs);
  }

  /** Up to {@code n} sentences from the start of the text, with their exact spans. */
  static List<SummarySentence> openingSentences(StoredArticle a, int n) {
    List<SummarySentence> out = new ArrayList<>();
    String text = a.text();
    int start = 0;
    while (out.size() < n && start < text.length()) {
      int stop = text.indexOf(". ", start);
      int end = stop < 0 ? text.length() : stop + 1;
      String sentence = text.substring(start, end).strip();
      if (!sentence.isEmpty()) out.add(new SummarySentence(sentence, a.publicId(), text.indexOf(sentence, start), text.indexOf(sentence, start) + sentence.length()));
      start = end + 1;
    }
    return out;
  }
}
