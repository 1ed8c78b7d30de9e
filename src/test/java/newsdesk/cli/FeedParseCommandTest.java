package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FeedParseCommandTest {
  private static final String SAMPLE = "src/test/resources/newsdesk/feed/sample-rss20.xml";

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cl = Main.commandLine();
      cl.setErr(new PrintWriter(err));
      int code = cl.execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void aFileUrlNamesALocalFileAndOneThatCannotIsAUsageErrorNamingIt() {
    Run local = run("feed", "parse", java.nio.file.Path.of(SAMPLE).toAbsolutePath().toUri().toString());
    assertThat(local.exitCode()).isZero();
    assertThat(local.out()).startsWith("format:   rss20");
    for (String bad : new String[] {"file://otherhost/feed.xml", "file:feed.xml"}) {
      Run r = run("feed", "parse", bad);
      assertThat(r.exitCode()).as(bad).isEqualTo(2);
      assertThat(r.err()).as(bad).startsWith("newsdesk feed parse: " + bad + ": not a local file")
          .doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void printsTheFeedAsTextLikeTheGoldenFile() throws Exception {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("feed-parse-sample-rss20.txt")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Run r = run("feed", "parse", SAMPLE, "--url", "https://news.example/rss");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(golden);
  }

  @Test
  void printsPureJsonWhenAsked() throws Exception {
    Run r = run("feed", "parse", SAMPLE, "--url", "https://news.example/rss", "--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("format").asText()).isEqualTo("rss20");
    assertThat(json.get("entries")).hasSize(2);
    assertThat(json.get("entries").get(0).get("link").asText()).isEqualTo("https://news.example/stories/1");
  }

  @Test
  void anUnreachableUrlSaysWhyInWords() {
    String url = newsdesk.fetch.LocalServer.closedPortUrl("/f.xml").toString();
    Run r = run("feed", "parse", "--allow-private-network", url);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("newsdesk feed parse: " + url + ": cannot connect: connection refused");
  }

  @Test
  void aDocumentThatIsNotAFeedIsAnErrorLikeBrokenJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.xml"), "not xml at all <<<\n");
    java.nio.file.Path empty = java.nio.file.Files.writeString(dir.resolve("empty.xml"), "");
    java.nio.file.Path json = java.nio.file.Files.writeString(dir.resolve("bad.json"), "{\"a\":1}");
    Run notXml = run("feed", "parse", bad.toString());
    assertThat(notXml.exitCode()).as("asked right, but no feed in it").isEqualTo(1);
    assertThat(notXml.out()).isEmpty();
    assertThat(notXml.err()).isEqualTo("newsdesk feed parse: " + bad + ": not a readable feed: no XML element or JSON object in it\n");
    Run nothing = run("feed", "parse", empty.toString());
    assertThat(nothing.exitCode()).isEqualTo(1);
    assertThat(nothing.err()).isEqualTo("newsdesk feed parse: " + empty + ": not a readable feed: the document is empty\n");
    Run brokenJson = run("feed", "parse", json.toString());
    assertThat(brokenJson.exitCode()).isEqualTo(1);
    assertThat(brokenJson.err()).startsWith("newsdesk feed parse: " + json + ": not a readable feed: ");
  }

  @Test
  void aJsonFeedsContentTextIsShownAsText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path feed = java.nio.file.Files.writeString(dir.resolve("feed.json"), """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Notes", "items": [
          {"id": "1", "url": "https://notes.example/1", "content_text": "Plain words, no markup."},
          {"id": "2", "url": "https://notes.example/2", "content_html": "<p>Marked up.</p>"}]}""");
    Run r = run("feed", "parse", feed.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("content:   23 characters of text\n").contains("content:   17 characters of HTML\n");
  }

  @Test
  void aContentTypeThatIsNoMediaTypeIsRefused() {
    Run bogus = run("feed", "parse", SAMPLE, "--content-type", "bogus");
    assertThat(bogus.exitCode()).isEqualTo(2);
    assertThat(bogus.out()).isEmpty();
    assertThat(bogus.err()).contains("--content-type 'bogus' is not a media type");
    Run fine = run("feed", "parse", SAMPLE, "--content-type", "application/rss+xml; charset=utf-8");
    assertThat(fine.exitCode()).as(fine.err()).isZero();
  }

  @Test
  void reportsAMissingFileInOneLine() {
    Run r = run("feed", "parse", "no/such/feed.xml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("no/such/feed.xml: no such file").doesNotContain("Exception");
  }

  @Test
  void aDamagedDocumentOfWhichNoEntryCouldBeReadFailsAfterShowingWhatWasRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // QA: a truncated download with its channel but no item exited 0, as if the feed had been read.
    java.nio.file.Path cut = java.nio.file.Files.writeString(dir.resolve("cut.xml"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut short</title><item><title>Half an ite");
    Run r = run("feed", "parse", cut.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("Cut short");
    assertThat(r.err()).startsWith("newsdesk feed parse: " + cut + ": damaged: ").contains("no entry could be read");
    Run whole = run("feed", "parse", SAMPLE);
    assertThat(whole.exitCode()).isZero();
  }
}
