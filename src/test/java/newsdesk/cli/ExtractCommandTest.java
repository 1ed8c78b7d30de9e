package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  private static final String ARTICLE = "<html lang='en'><head><title>Library extends hours | Town News</title>"
      + "<meta property='og:site_name' content='Town News'></head><body><article><h1>Library extends hours</h1>"
      + "<p>The central library will stay open until nine on weekdays from next month, the council said on Monday.</p>"
      + "<p>The trial runs for three months, after which councillors will decide whether to keep the longer hours.</p>"
      + "</article></body></html>";

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ExtractCommand(out));
    cl.setExecutionExceptionHandler(new ErrorReporter());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  @Test
  void aDashReadsThePageFromStandardInputAndAPipeIsReadAsAStream() throws Exception {
    Run dash = newsdesk.io.Pipes.withStdin(ARTICLE, () -> run("--format", "jsonl", "-"));
    assertThat(dash.exit()).as(dash.err()).isZero();
    JsonNode page = new ObjectMapper().readTree(dash.out());
    assertThat(page.get("input").asText()).isEqualTo("-");
    assertThat(page.get("title").asText()).isEqualTo("Library extends hours");
    Path pipe = newsdesk.io.Pipes.namedPipe(dir, ARTICLE);
    Run piped = run("--format", "jsonl", pipe.toString());
    assertThat(piped.exit()).as(piped.err()).isZero();
    assertThat(new ObjectMapper().readTree(piped.out()).get("title").asText()).isEqualTo("Library extends hours");
  }

  @Test
  void folderGivesOneJsonLinePerPageInSortedOrderAndBadPagesDoNotStopTheOthers() throws Exception {
    Files.writeString(dir.resolve("b-article.html"), ARTICLE);
    Files.write(dir.resolve("a-empty.html"), new byte[0]);
    Files.write(dir.resolve("c-binary.htm"), new byte[] {0, 1, 2, 3, (byte) 0xFF});
    Files.writeString(dir.resolve("notes.txt"), "not picked: wrong extension");
    Run r = run("--format", "jsonl", dir.toString());
    assertThat(r.exit()).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : r.out().split("\n")) lines.add(new ObjectMapper().readTree(line));
    assertThat(lines).extracting(n -> Path.of(n.get("input").asText()).getFileName().toString())
        .containsExactly("a-empty.html", "b-article.html", "c-binary.htm");
    JsonNode article = lines.get(1);
    assertThat(article.get("error").isNull()).isTrue();
    assertThat(article.get("title").asText()).isEqualTo("Library extends hours");
    assertThat(article.get("site_name").asText()).isEqualTo("Town News");
    assertThat(article.get("language").asText()).isEqualTo("en");
    assertThat(article.get("text").asText()).startsWith("The central library will stay open").contains("\n\nThe trial runs");
    for (String field : List.of("input", "url", "title", "authors", "published", "site_name", "language",
        "description", "image", "text", "error")) {
      assertThat(article.has(field)).as(field).isTrue();
    }
    assertThat(lines.get(0).get("error").asText()).isEqualTo("empty page");
    assertThat(lines.get(2).get("error").asText()).contains("binary");
  }

  @Test
  void jsonFormatIsOneArrayAndBaseUrlResolvesLinks() throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, ARTICLE.replace("</head>", "<meta property='og:image' content='/img/lib.jpg'></head>"));
    Run r = run("--format", "json", "--base-url", "https://town.example/news/library", page.toString());
    assertThat(r.exit()).isZero();
    JsonNode array = new ObjectMapper().readTree(r.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(1);
    assertThat(array.get(0).get("url").asText()).isEqualTo("https://town.example/news/library");
    assertThat(array.get(0).get("image").asText()).isEqualTo("https://town.example/img/lib.jpg");
  }

  @Test
  void textFormatPrintsTheBody() throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, ARTICLE);
    Run r = run(page.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("The central library will stay open").doesNotContain("Library extends hours");
  }

  @Test
  void anUnreachableUrlSaysWhyInWordsInTheJsonAndOnStderr() throws Exception {
    String url = newsdesk.fetch.LocalServer.closedPortUrl("/x").toString();
    Run r = run("--allow-private-network", "--format", "jsonl", url);
    assertThat(r.exit()).isEqualTo(1);
    JsonNode line = new ObjectMapper().readTree(r.out());
    assertThat(line.get("error").asText()).isEqualTo("cannot connect: connection refused");
    assertThat(r.err().strip()).isEqualTo("newsdesk extract: " + url + ": cannot connect: connection refused");
  }

  @Test
  void oneUnreadableInputDoesNotFailTheOthers() throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, ARTICLE);
    String url = newsdesk.fetch.LocalServer.closedPortUrl("/x").toString();
    Run r = run("--allow-private-network", "--format", "jsonl", url, page.toString());
    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(new ObjectMapper().readTree(lines.get(0)).get("error").asText()).isEqualTo("cannot connect: connection refused");
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("text").asText()).startsWith("The central library will stay open");
    assertThat(r.err().strip()).isEqualTo("newsdesk extract: " + url + ": cannot connect: connection refused");
  }

  @Test
  void anUnreachableUrlInTextFormatIsReportedOnce() {
    String url = newsdesk.fetch.LocalServer.closedPortUrl("/x").toString();
    Run r = run("--allow-private-network", url);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("newsdesk extract: " + url + ": cannot connect: connection refused");
  }

  @Test
  void aPlainTextUrlIsNamedOnStderrInEveryFormatAsItsHelpSays() throws Exception {
    // QA: the JSON said "not HTML: no markup found" but stderr named nothing, though unread inputs are named there.
    try (var server = new newsdesk.fetch.LocalServer()) {
      server.route("/notes.txt", newsdesk.fetch.LocalServer.text(200, "text/plain; charset=utf-8", "Just some notes, no markup at all."));
      String url = server.url("/notes.txt").toString();
      for (String format : List.of("jsonl", "json", "text")) {
        Run r = run("--allow-private-network", "--format", format, url);
        assertThat(r.err().strip()).as(format).isEqualTo("newsdesk extract: " + url + ": not HTML: no markup found");
        assertThat(r.exit()).as("nothing could be read (%s)", format).isEqualTo(1);
      }
      Run jsonl = run("--allow-private-network", "--format", "jsonl", url);
      assertThat(new ObjectMapper().readTree(jsonl.out()).get("error").asText()).isEqualTo("not HTML: no markup found");
    }
  }

  @Test
  void aPageThatDeclaresNoLanguageGetsTheOneThePipelineDetects() throws Exception {
    // QA: extract said "language": null where the pipeline records "en".
    Path page = dir.resolve("page.html");
    Files.writeString(page, ARTICLE.replace(" lang='en'", ""));
    Run r = run("--format", "jsonl", page.toString());
    assertThat(new ObjectMapper().readTree(r.out()).get("language").asText()).isEqualTo("en");
    Path german = dir.resolve("german.html");
    Files.writeString(german, "<html><head><title>Bibliothek</title></head><body><article>"
        + "<p>Die Stadtbibliothek bleibt ab dem kommenden Monat an Wochentagen bis neun Uhr abends geöffnet, teilte der Rat mit.</p>"
        + "<p>Der Versuch dauert drei Monate, danach entscheiden die Stadträte, ob die längeren Öffnungszeiten bleiben.</p>"
        + "</article></body></html>");
    assertThat(new ObjectMapper().readTree(run("--format", "jsonl", german.toString()).out()).get("language").asText()).isEqualTo("de");
  }

  @Test
  void missingInputIsAUserErrorNamingIt() {
    Run r = run(dir.resolve("nope.html").toString());
    assertThat(r.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(r.err()).contains("nope.html").contains("no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aFileUrlIsReadAsItsFileAsFeedParseReadsItAndOneOfAnotherHostIsNamed() throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, ARTICLE);
    String fileUrl = page.toUri().toString();
    Run r = run("--format", "jsonl", fileUrl, "file://otherhost/page.html");
    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(new ObjectMapper().readTree(lines.get(0)).get("text").asText()).startsWith("The central library will stay open");
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("error").asText()).startsWith("not a local file");
    assertThat(r.err().strip()).startsWith("newsdesk extract: file://otherhost/page.html: not a local file")
        .doesNotContain("Exception");
  }

  @Test
  void aMissingFileAmongSeveralInputsIsThatInputsErrorAndTheOthersGoOn() throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, ARTICLE);
    String missing = dir.resolve("nonexistent.html").toString();
    Run r = run("--format", "jsonl", missing, page.toString());
    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("input").asText()).isEqualTo(missing);
    assertThat(first.get("error").asText()).isEqualTo("no such file, folder or http(s) URL");
    assertThat(first.get("text").asText()).isEmpty();
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("text").asText()).startsWith("The central library will stay open");
    assertThat(r.err().strip()).isEqualTo("newsdesk extract: " + missing + ": no such file, folder or http(s) URL");
  }

  @Test
  void aMissingFileInTextFormatIsNamedOnceOnStderrAndTheOthersArePrinted() throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, ARTICLE);
    String missing = dir.resolve("nonexistent.html").toString();
    Run r = run(page.toString(), missing);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("The central library will stay open")
        .contains("==> " + missing + " <==\n(no such file, folder or http(s) URL)\n");
    assertThat(r.err().lines().toList()).containsExactly("newsdesk extract: " + missing + ": no such file, folder or http(s) URL");
  }

  @Test
  void whenEveryInputIsMissingItIsAUsageErrorNamingEach() {
    String a = dir.resolve("a.html").toString();
    String b = dir.resolve("b.html").toString();
    Run r = run("--format", "jsonl", a, b);
    assertThat(r.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).containsExactly(
        "newsdesk extract: " + a + ": no such file, folder or http(s) URL",
        "newsdesk extract: " + b + ": no such file, folder or http(s) URL");
  }

  @Test
  void aMissingFileBesideAnUnreadableUrlFailsTheRunAsNothingCouldBeRead() throws Exception {
    String url = newsdesk.fetch.LocalServer.closedPortUrl("/x").toString();
    String missing = dir.resolve("nonexistent.html").toString();
    Run r = run("--allow-private-network", "--format", "json", url, missing);
    assertThat(r.exit()).isEqualTo(1);
    JsonNode array = new ObjectMapper().readTree(r.out());
    assertThat(array).hasSize(2);
    assertThat(array.get(1).get("error").asText()).isEqualTo("no such file, folder or http(s) URL");
  }

  @Test
  void anIabConsentDialogIsReportedAsNoArticleContent() throws Exception {
    Path page = dir.resolve("consent.html");
    Files.writeString(page, "<html><head><title>Markets rally as oil falls - Gazette</title></head><body><div>"
        + "<h2>We value your privacy</h2><p>We and our partners store and/or access information on a device, such as "
        + "cookies and process personal data, such as unique identifiers and standard information sent by a device for "
        + "personalised ads and content, ad and content measurement, and audience insights, as well as to develop and "
        + "improve products.</p><p>With your permission we and our partners may use precise geolocation data and "
        + "identification through device scanning. You may click to consent to our and our partners' processing as "
        + "described above.</p><button>AGREE</button></div></body></html>");
    Run r = run("--format", "jsonl", page.toString());
    JsonNode node = new ObjectMapper().readTree(r.out());
    assertThat(node.get("content").asText()).isEqualTo("no content page");
    assertThat(node.get("error").asText()).startsWith("no article content");
  }

  @Test
  void aFileGivenThroughDotDotHasItsPlainFileUrl() throws Exception {
    // 'extract ../shared/page.html' printed file:///work/wt/../shared/page.html as the page's url.
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("page.html"), ARTICLE);
    Run r = run("--format", "jsonl", dir.resolve("sub/../page.html").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("url").asText()).isEqualTo(dir.resolve("page.html").toUri().toString());
  }
}
