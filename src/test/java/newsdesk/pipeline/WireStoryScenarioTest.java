package newsdesk.pipeline;

import static newsdesk.pipeline.OutletPages.feed;
import static newsdesk.pipeline.OutletPages.item;
import static newsdesk.pipeline.OutletPages.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * A wire story on 127.0.0.1 (one port per outlet): three local outlets carry one agency report
 * ("BRENMOUTH, Norland (AP) —"), each inside its own boilerplate, and a fourth, the newest, writes
 * its own rewrite of it. The card's headline and "Read more" name the agency text that three of the
 * four outlets carry, not the rewrite, and every outlet stays listed; when the agency's own page is
 * read too, "Read more" sends readers there. The rendered card is compared with a golden file
 * ({@code wire-story.expected.txt}; ports written as {@code <outlet>}); on a mismatch the output is
 * written to {@code target/wire-story.actual.txt}.
 */
class WireStoryScenarioTest {
  @TempDir Path dir;

  static final String WIRE = "BRENMOUTH, Norland (AP) — Brenmouth will become the first town in Norland to test drone "
      + "deliveries of prescription medicines, after the national aviation regulator approved a six-month trial on Sunday.\n"
      + "The drones, operated by a young logistics company, will fly from the pharmacy at the town's health centre to "
      + "fourteen outlying villages, carrying parcels of up to two and a half kilograms.\n"
      + "The company's chief executive said a flight would take under fifteen minutes, compared with up to two hours "
      + "by road in winter. The aircraft have been tested over the sea for a year.\n"
      + "The regulator said the drones must stay below 120 metres, avoid flying over schools and be watched from a "
      + "control room throughout each trip. A public meeting will be held in December.";

  static final String REWRITE = "Villagers around Brenmouth could soon get their prescription medicines by drone, "
      + "after Norland's aviation regulator on Sunday cleared a six-month trial from the town's health centre.\n"
      + "Pharmacist Elin Marsh said patients in the fourteen villages had waited up to two hours for deliveries by "
      + "road in winter, and that she hoped the drones would cut that to a quarter of an hour.\n"
      + "Under the regulator's conditions, the drones will stay below 120 metres and keep away from schools, and a "
      + "control room will watch every flight. The town council will hold a public meeting in December.\n"
      + "Some residents said they worried about noise over their gardens.";

  /** {@code text} as outlet {@code site} runs it: under its own standfirst and over its own footer lines. */
  static String wrapped(String site, String text) {
    return "Sign up for the " + site + " morning briefing, free every weekday.\n" + text + "\nMore from the "
        + site + ": local news, sport and weather every day. Send us your news tips.";
  }

  record Outlet(LocalServer server, String site, String link) {}

  static Outlet outlet(LocalServer server, String site, String path, String title, String text, int hour) {
    String link = server.url(path).toString();
    server.route(path, LocalServer.text(200, "text/html", page(site, title, link, text)));
    server.route("/feed", LocalServer.text(200, "application/rss+xml", feed(site, item(link, title, title + ".", hour))));
    return new Outlet(server, site, link);
  }

  @Test
  void readMoreNamesTheAgencyTextThreeOutletsCarryNotTheRewrite() throws IOException {
    try (LoopbackFixture f = new LoopbackFixture(dir); LocalServer herald = new LocalServer();
        LocalServer gazette = new LocalServer(); LocalServer post = new LocalServer()) {
      List<Outlet> outlets = List.of(
          outlet(f.server, "Valley Courier", "/news/drones", "Brenmouth to test drone deliveries of medicines",
              wrapped("Valley Courier", WIRE), 1),
          outlet(herald, "Harbour Herald", "/world/drone-medicine-trial", "Brenmouth to test drone deliveries of medicines",
              wrapped("Harbour Herald", WIRE), 2),
          outlet(gazette, "Coast Gazette", "/story/drone-trial", "Drone medicine deliveries approved for Brenmouth trial",
              wrapped("Coast Gazette", WIRE), 3),
          outlet(post, "Brenmouth Post", "/local/drones-over-villages",
              "Prescription drones to fly over Brenmouth villages from health centre", REWRITE, 4));
      List<Source> sources = new ArrayList<>();
      for (Outlet o : outlets) sources.add(f.store.addSource(o.server().url("/feed").toString(), "feed", null, null));

      IngestReport report = f.pipeline(StandardStages.create()).ingest(sources);

      assertThat(report.added()).as("%s %s", report.sourceErrors(), report.pageErrors()).isEqualTo(4);
      assertThat(report.duplicates()).isEqualTo(2);
      StoredArticle first = f.store.articleByCanonicalUrl(outlets.get(0).link()).orElseThrow();
      StoredArticle rewrite = f.store.articleByCanonicalUrl(outlets.get(3).link()).orElseThrow();
      assertThat(rewrite.duplicateOf()).isNull();
      assertThat(rewrite.storyId()).as("the rewrite tells the same story").isEqualTo(first.storyId());
      DigestStory story = new DigestBuilder(f.store).story(first.storyId()).orElseThrow();
      assertThat(story.readMore().outlet()).isEqualTo("Valley Courier");
      assertThat(story.readMore().url()).isEqualTo(outlets.get(0).link());
      assertThat(story.headline()).isEqualTo("Brenmouth to test drone deliveries of medicines");
      assertThat(story.outlets()).extracting(DigestStory.Coverage::name)
          .containsExactlyInAnyOrder("Valley Courier", "Harbour Herald", "Coast Gazette", "Brenmouth Post");

      String card = new TextDigestRenderer().render(List.of(story));
      for (Outlet o : outlets) card = card.replace(o.server().url("/").toString(), "<" + o.site() + ">/");
      assertMatchesGolden(card, "wire-story");
    }
  }

  @Test
  void theAgencysOwnPageReadAfterTheCopiesIsTheOneLinked() {
    try (LoopbackFixture f = new LoopbackFixture(dir); LocalServer agency = new LocalServer();
        LocalServer post = new LocalServer()) {
      Outlet courier = outlet(f.server, "Valley Courier", "/news/drones", "Brenmouth to test drone deliveries of medicines",
          wrapped("Valley Courier", WIRE), 1);
      Outlet rewrite = outlet(post, "Brenmouth Post", "/local/drones-over-villages",
          "Prescription drones to fly over Brenmouth villages from health centre", REWRITE, 4);
      Source courierFeed = f.store.addSource(courier.server().url("/feed").toString(), "feed", null, null);
      Source postFeed = f.store.addSource(post.url("/feed").toString(), "feed", null, null);
      IngestReport before = f.pipeline(StandardStages.create()).ingest(List.of(courierFeed, postFeed));
      assertThat(before.added()).as("%s %s", before.sourceErrors(), before.pageErrors()).isEqualTo(2);
      // The agency's own page, without a canonical link to it on the copies, is read later: a copy.
      Outlet ap = outlet(agency, "Associated Press", "/article/norland-drones-medicine", "Norland town to test drone "
          + "deliveries of prescription medicines", WIRE, 0);
      Source agencyFeed = f.store.addSource(agency.url("/feed").toString(), "feed", null, null);
      IngestReport after = f.pipeline(StandardStages.create()).ingest(List.of(agencyFeed));
      assertThat(after.duplicates()).isEqualTo(1);

      StoredArticle first = f.store.articleByCanonicalUrl(courier.link()).orElseThrow();
      DigestStory story = new DigestBuilder(f.store).story(first.storyId()).orElseThrow();
      assertThat(story.readMore().outlet()).isEqualTo("Associated Press");
      assertThat(story.readMore().url()).isEqualTo(ap.link());
      assertThat(story.headline()).isEqualTo("Norland town to test drone deliveries of prescription medicines");
      assertThat(story.outlets()).extracting(DigestStory.Coverage::name)
          .containsExactlyInAnyOrder("Associated Press", "Valley Courier", "Brenmouth Post");
      assertThat(f.store.articleByCanonicalUrl(rewrite.link())).isPresent();
    }
  }

  private static void assertMatchesGolden(String actual, String name) throws IOException {
    String path = "/newsdesk/pipeline/" + name + ".expected.txt";
    try (InputStream in = WireStoryScenarioTest.class.getResourceAsStream(path)) {
      String expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!actual.equals(expected)) {
        Path out = Path.of("target", name + ".actual.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual);
      }
      assertThat(expected).as("golden file src/test/resources%s (output in target/%s.actual.txt)", path, name).isNotNull();
      assertThat(actual).isEqualTo(expected);
    }
  }
}
