package newsdesk.pipeline;

import static newsdesk.pipeline.OutletPages.feed;
import static newsdesk.pipeline.OutletPages.item;
import static newsdesk.pipeline.OutletPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsdesk.fetch.LocalServer;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.publish.TextDigestRenderer;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlets on 127.0.0.1 (as in {@link MultiOutletScenarioTest}) whose pages name their canonical
 * address: an outlet whose feed links AMP variants, with and without {@code rel=canonical}, shows
 * readers the page they stand for and still knows its entries on the next poll; and a copy that
 * names another site's report as its canonical, read before that report, gives way to it once the
 * report arrives.
 */
class CanonicalLinksScenarioTest {
  @TempDir Path dir;

  private static final String TRIAL = MultiOutletScenarioTest.TRIAL;

  private static final String FERRY = "The ferry between Brenmouth and the northern islands will run twice a day "
      + "from March, the regional transport authority said on Sunday, after a new vessel was delivered.\n"
      + "The crossing has been served once a day since the old ship was withdrawn in the spring, leaving islanders "
      + "to stay overnight on the mainland for hospital visits.\n"
      + "The authority said the new vessel carries two hundred passengers and forty cars, and is quieter and "
      + "cheaper to run than the ship it replaces. Tickets go on sale in February.\n"
      + "Island councillors welcomed the change but asked for a late sailing on Fridays during the summer.";

  @Test
  void ampLinksAreShownAsThePagesTheyStandForAndKnownAgainOnTheNextPoll() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      LocalServer courier = f.server;
      String trial = courier.url("/news/drone-trial").toString();
      String trialAmp = courier.url("/amp/news/drone-trial").toString();
      String ferryAmp = courier.url("/news/ferry-timetable.amp.html").toString();
      courier.route("/amp/news/drone-trial", LocalServer.text(200, "text/html",
          page("Valley Courier", "Brenmouth approves drone deliveries", "/news/drone-trial", TRIAL)));
      courier.route("/news/ferry-timetable.amp.html", LocalServer.text(200, "text/html",
          page("Valley Courier", "Island ferry to sail twice a day", null, FERRY)));
      courier.route("/feed", LocalServer.text(200, "application/rss+xml", feed("Valley Courier",
          item(trialAmp, "Brenmouth approves drone deliveries", "A drone trial was approved.", 1)
              + item(ferryAmp, "Island ferry to sail twice a day", "The ferry will sail twice a day.", 2))));
      Source source = f.store.addSource(courier.url("/feed").toString(), "feed", null, null);

      IngestReport first = f.pipeline(StandardStages.create()).ingest(List.of(source));
      assertThat(first.added()).as("%s %s", first.sourceErrors(), first.pageErrors()).isEqualTo(2);
      StoredArticle drones = f.store.articleByCanonicalUrl(trial).orElseThrow();
      // The stored link is still the entry's, which later polls know it by.
      assertThat(drones.url()).isEqualTo(trialAmp);
      assertThat(drones.readableUrl()).isEqualTo(trial);
      StoredArticle ferry = f.store.articlesAfter(0, 10).stream().filter(a -> a.url().equals(ferryAmp)).findFirst()
          .orElseThrow();
      assertThat(ferry.readableUrl()).isEqualTo(courier.url("/news/ferry-timetable.html").toString());

      DigestBuilder digest = new DigestBuilder(f.store);
      DigestStory story = digest.story(drones.storyId()).orElseThrow();
      assertThat(story.readMore().url()).isEqualTo(trial);
      assertThat(story.outlets()).extracting(DigestStory.Coverage::url).containsExactly(trial);
      String text = new TextDigestRenderer().render(List.of(story, digest.story(ferry.storyId()).orElseThrow()));
      assertThat(text).contains(trial).contains(courier.url("/news/ferry-timetable.html").toString()).doesNotContain("amp");

      IngestReport second = f.pipeline(StandardStages.create()).ingest(List.of(f.store.sources().getFirst()));
      assertThat(second.added()).isZero();
      assertThat(second.duplicates()).isZero();
      assertThat(f.store.articlesAfter(0, 10)).hasSize(2);
    }
  }

  @Test
  void anOriginalArrivingAfterACopyThatNamesItAsCanonicalBecomesTheStorysOriginal() {
    try (LoopbackFixture f = new LoopbackFixture(dir); LocalServer courier = new LocalServer();
        LocalServer gazette = new LocalServer()) {
      String original = courier.url("/news/drone-trial").toString();
      courier.route("/news/drone-trial", LocalServer.text(200, "text/html",
          page("Valley Courier", "Brenmouth approves drone deliveries", original, TRIAL)));
      courier.route("/feed", LocalServer.text(200, "application/rss+xml", feed("Valley Courier",
          item(original, "Brenmouth approves drone deliveries", "A drone trial was approved.", 3))));
      LocalServer herald = f.server;
      String copy = herald.url("/news/drones").toString();
      herald.route("/news/drones", LocalServer.text(200, "text/html",
          page("Harbour Herald", "Drones to fly prescriptions to villages", original, TRIAL)));
      herald.route("/feed", LocalServer.text(200, "application/rss+xml", feed("Harbour Herald",
          item(copy, "Drones to fly prescriptions to villages", "Drones will fly medicines.", 2))));
      // A third outlet's lightly edited copy, read in the same run right after the original: the
      // near-duplicate index of that run still names the first copy as the text's original.
      String edited = gazette.url("/news/drones-approved").toString();
      gazette.route("/news/drones-approved", LocalServer.text(200, "text/html", page("Coast Gazette",
          "Regulator clears drone medicine trial", edited,
          TRIAL + "\nThe regulator's spokesman declined to say which company had applied first.")));
      gazette.route("/feed", LocalServer.text(200, "application/rss+xml", feed("Coast Gazette",
          item(edited, "Regulator clears drone medicine trial", "A drone trial was cleared.", 4))));
      Source heraldFeed = f.store.addSource(herald.url("/feed").toString(), "feed", null, null);
      Source courierFeed = f.store.addSource(courier.url("/feed").toString(), "feed", null, null);
      Source gazetteFeed = f.store.addSource(gazette.url("/feed").toString(), "feed", null, null);

      IngestReport copyFirst = f.pipeline(StandardStages.create()).ingest(List.of(heraldFeed));
      assertThat(copyFirst.added()).as("%s %s", copyFirst.sourceErrors(), copyFirst.pageErrors()).isEqualTo(1);
      IngestReport then = f.pipeline(StandardStages.create()).ingest(List.of(courierFeed, gazetteFeed));
      assertThat(then.sourceErrors()).isEmpty();

      StoredArticle first = f.store.articleByCanonicalUrl(original).orElseThrow();
      StoredArticle republished = f.store.articlesAfter(0, 10).stream().filter(a -> a.url().equals(copy))
          .findFirst().orElseThrow();
      assertThat(first.duplicateOf()).isNull();
      assertThat(republished.duplicateOf()).isEqualTo(first.id());
      assertThat(republished.storyId()).isEqualTo(first.storyId());
      DigestStory story = new DigestBuilder(f.store).story(first.storyId()).orElseThrow();
      StoredArticle third = f.store.articlesAfter(0, 10).stream().filter(a -> a.url().equals(edited)).findFirst().orElseThrow();
      assertThat(third.duplicateOf()).as("a copy of the original, not of the copy it replaced").isEqualTo(first.id());
      assertThat(story.outlets()).extracting(DigestStory.Coverage::name)
          .containsExactlyInAnyOrder("Valley Courier", "Harbour Herald", "Coast Gazette");
      assertThat(story.readMore().outlet()).isEqualTo("Valley Courier");
      assertThat(story.readMore().url()).isEqualTo(original);
      assertThat(f.store.entitiesOfStory(first.storyId())).isNotEmpty();

      // Polled again, neither makes a new article, and the story keeps its original.
      IngestReport again = f.pipeline(StandardStages.create()).ingest(List.of(heraldFeed, courierFeed, gazetteFeed));
      assertThat(again.added()).isZero();
      assertThat(f.store.articlesAfter(0, 10)).hasSize(3);
      assertThat(f.store.article(republished.id()).orElseThrow().duplicateOf()).isEqualTo(first.id());
    }
  }
}
