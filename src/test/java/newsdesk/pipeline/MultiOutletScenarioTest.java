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
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two outlets on one machine (two ports of 127.0.0.1, two sites as a self-hoster runs them): the
 * second republishes the first's report word for word and declares the original as its
 * {@code rel=canonical}, and serves a "soft 404" (an error page with status 200) for another entry.
 * The copy attaches to the original's story with both outlets shown; the error page never becomes
 * a story of its own words.
 */
class MultiOutletScenarioTest {
  @TempDir Path dir;

  static final String TRIAL = "Brenmouth will become the first town in Norland to test drone deliveries of "
      + "prescription medicines, after the national aviation regulator approved a six-month trial on Sunday.\n"
      + "The drones, operated by a young logistics company, will fly from the pharmacy at the town's health centre to "
      + "fourteen outlying villages, carrying parcels of up to two and a half kilograms.\n"
      + "The company's chief executive said a flight would take under fifteen minutes, compared with up to two hours "
      + "by road in winter. The aircraft have been tested over the sea for a year.\n"
      + "The regulator said the drones must stay below 120 metres, avoid flying over schools and be watched from a "
      + "control room throughout each trip. A public meeting will be held in December.";

  @Test
  void aCopyDeclaringAnotherSitesCanonicalAttachesAndAnErrorPageMakesNoStoryOfItsWords() {
    try (LoopbackFixture f = new LoopbackFixture(dir); LocalServer courier = new LocalServer()) {
      String original = courier.url("/news/drone-trial").toString();
      courier.route("/news/drone-trial", LocalServer.text(200, "text/html",
          page("Valley Courier", "Brenmouth approves drone deliveries", original, TRIAL)));
      courier.route("/feed", LocalServer.text(200, "application/rss+xml", feed("Valley Courier",
          item(original, "Brenmouth approves drone deliveries", "A drone trial was approved.", 1))));

      LocalServer herald = f.server;
      String copy = herald.url("/news/drones").toString();
      String missing = herald.url("/news/storm-warning").toString();
      herald.route("/news/drones", LocalServer.text(200, "text/html",
          page("Harbour Herald", "Drones to fly prescriptions to villages", original, TRIAL)));
      herald.route("/news/storm-warning", LocalServer.text(200, "text/html", page("Harbour Herald",
          "Sorry, we couldn't find that page", missing, "The page you were looking for may have been moved, deleted "
              + "or may never have existed. Check the address or go back to the home page.")));
      herald.route("/feed", LocalServer.text(200, "application/rss+xml", feed("Harbour Herald",
          item(copy, "Drones to fly prescriptions to villages", "Drones will fly medicines.", 2)
              + item(missing, "Storm warning for the northern coast",
                  "Forecasters issued an amber warning for gales on the northern coast.", 3))));

      Source courierFeed = f.store.addSource(courier.url("/feed").toString(), "feed", null, null);
      Source heraldFeed = f.store.addSource(herald.url("/feed").toString(), "feed", null, null);
      IngestReport report = f.pipeline(StandardStages.create()).ingest(List.of(courierFeed, heraldFeed));

      assertThat(report.added()).as("%s %s", report.sourceErrors(), report.pageErrors()).isEqualTo(3);
      assertThat(report.duplicates()).isEqualTo(1);
      StoredArticle first = f.store.articleByCanonicalUrl(original).orElseThrow();
      StoredArticle republished = f.store.articlesAfter(0, 10).stream().filter(a -> a.url().equals(copy))
          .findFirst().orElseThrow();
      assertThat(republished.outlet()).isEqualTo("Harbour Herald");
      assertThat(republished.duplicateOf()).isEqualTo(first.id());
      assertThat(republished.storyId()).isEqualTo(first.storyId());
      DigestStory story = new DigestBuilder(f.store).story(first.storyId()).orElseThrow();
      assertThat(story.outlets()).extracting(DigestStory.Coverage::name).containsExactly("Valley Courier", "Harbour Herald");
      assertThat(story.readMore().outlet()).isEqualTo("Valley Courier");

      StoredArticle errorPage = f.store.articlesAfter(0, 10).stream().filter(a -> a.url().equals(missing))
          .findFirst().orElseThrow();
      assertThat(errorPage.textSource()).isEqualTo("feed");
      assertThat(errorPage.title()).isEqualTo("Storm warning for the northern coast");
      assertThat(errorPage.text()).doesNotContain("looking for");
    }
  }
}
