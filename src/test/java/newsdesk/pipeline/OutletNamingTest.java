package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsdesk.fetch.LocalServer;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One outlet, one name: entries whose page could not be read (a 404, a cookie wall) are named as
 * the outlet's readable pages name it, not after the feed's title, in the run that first meets the
 * outlet (even when they are admitted first) and in later runs.
 */
class OutletNamingTest {
  @TempDir Path dir;

  private static final String[][] STORIES = {
      {"bridge", "City opens the new river bridge", "The new bridge over the river opened to traffic on Monday after four years of work. "
          + "Engineers said the steel deck was lifted into place in three sections during the summer. "
          + "Commuters who crossed it in the morning said the trip downtown took ten minutes less than before. "
          + "The council expects around forty thousand vehicles a day once the approach roads are finished."},
      {"orchestra", "Youth orchestra wins the national prize", "The youth orchestra won the national competition with a programme of "
          + "Dvorak and a new piece by a local composer. The jury praised the string section and the young conductor. "
          + "Members rehearsed twice a week in a school hall for most of the year. The prize pays for a concert tour "
          + "of three cities next spring, and the players hope to record an album."}};

  private static String page(String title, String text, boolean named) {
    return "<html><head><title>" + title + " | Daily Planet</title>"
        + (named ? "<meta property=\"og:site_name\" content=\"Daily Planet\">" : "")
        + "</head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>" + title + "</h1>"
        + "<p>" + text.replace(". ", ".</p><p>") + "</p></article></body></html>";
  }

  private static String item(LocalServer server, String path, String title, String description, int hour) {
    return "<item><title>" + title + "</title><link>" + server.url("/" + path) + "</link><guid>" + path
        + "</guid><description>" + description + "</description><pubDate>Sun, 29 Nov 2026 0" + hour
        + ":00:00 GMT</pubDate></item>";
  }

  private static String feed(String items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Daily Planet - World</title>" + items + "</channel></rss>";
  }

  @Test
  void entriesWhosePagesFailedAreNamedAsTheOutletsPagesNameIt() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      LocalServer server = f.server;
      for (String[] s : STORIES) server.route("/" + s[0], LocalServer.text(200, "text/html", page(s[1], s[2], true)));
      StringBuilder wall = new StringBuilder("<html><body><article>");
      for (int i = 0; i < 8; i++) {
        wall.append("<p>We use cookies to improve your experience and to show you personalised content. ")
            .append("Accept all cookies or manage your privacy settings to continue to the site.</p>");
      }
      server.route("/wall", LocalServer.text(200, "text/html", wall.append("</article></body></html>").toString()));
      // /gone is not routed: a 404. It and the cookie wall are published first, so admitted first.
      server.route("/feed", LocalServer.text(200, "application/rss+xml", feed(
          item(server, "gone", "Storm closes the coastal road", "A storm closed the coastal road overnight; crews expect to reopen it by noon.", 1)
          + item(server, "wall", "Volcano erupts on remote island", "The volcano erupted overnight, sending ash two kilometres high.", 2)
          + item(server, STORIES[0][0], STORIES[0][1], "The bridge opened.", 3)
          + item(server, STORIES[1][0], STORIES[1][1], "The orchestra won.", 4))));
      Source source = f.store.addSource(server.url("/feed").toString(), "feed", null, null);

      IngestReport report = f.pipeline(StandardStages.create()).ingest(List.of(source));

      assertThat(report.added()).as("%s %s", report.sourceErrors(), report.pageErrors()).isEqualTo(4);
      Map<String, StoredArticle> byUrl = f.store.articlesAfter(0, 10).stream()
          .collect(Collectors.toMap(StoredArticle::url, Function.identity()));
      assertThat(byUrl.get(server.url("/gone").toString()).textSource()).isEqualTo("feed");
      assertThat(byUrl.get(server.url("/wall").toString()).textSource()).isEqualTo("feed");
      assertThat(byUrl.values()).extracting(StoredArticle::outlet).containsOnly("Daily Planet");

      // A later run: the outlet's name is remembered for a new entry whose page is gone.
      server.route("/feed", LocalServer.text(200, "application/rss+xml", feed(
          item(server, "gone-too", "Ferry service resumes after the storm", "Ferries sail again from the harbour this morning.", 5))));
      Source polled = f.store.source(source.id()).orElseThrow();
      f.pipeline(StandardStages.create()).ingest(List.of(polled));
      StoredArticle later = f.store.articlesAfter(0, 10).stream().filter(a -> a.url().endsWith("/gone-too")).findFirst().orElseThrow();
      assertThat(later.textSource()).isEqualTo("feed");
      assertThat(later.outlet()).isEqualTo("Daily Planet");
      assertThat(f.store.outlets()).containsExactly("Daily Planet");
    }
  }

  @Test
  void anOutletWhosePagesNeverNameItIsNamedAfterItsSourceWhicheverWayItWasRead() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      LocalServer server = f.server;
      server.route("/" + STORIES[0][0], LocalServer.text(200, "text/html", page(STORIES[0][1], STORIES[0][2], false)));
      server.route("/feed", LocalServer.text(200, "application/rss+xml", feed(
          item(server, "gone", "Storm closes the coastal road", "A storm closed the coastal road overnight; crews expect to reopen it by noon.", 1)
          + item(server, STORIES[0][0], STORIES[0][1], "The bridge opened.", 3))));
      Source source = f.store.addSource(server.url("/feed").toString(), "feed", null, null);

      f.pipeline(StandardStages.create()).ingest(List.of(source));

      assertThat(f.store.articlesAfter(0, 10)).extracting(StoredArticle::textSource).containsExactlyInAnyOrder("page", "feed");
      assertThat(f.store.outlets()).as("the feed's title without its section").containsExactly("Daily Planet");
    }
  }
}
