package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static final String STORY = """
      {"id":"s1","articles":[{"title":"Warehouse fire in Springfield - Daily Example","text":"A fire destroyed a warehouse in Springfield on Tuesday night. No one was injured in the blaze, which started after 9 p.m. It took 40 firefighters more than three hours to control the fire. The warehouse belonged to a furniture company that employs 120 people.\\n\\nThe owner said the company would rebuild the warehouse soon. Residents reported seeing smoke from several miles away."},{"text":"Fire crews battled a large blaze at a Springfield warehouse late on Tuesday. Investigators will begin work on Wednesday to find out what caused the fire."}]}
      """;

  private record Run(int exit, List<JsonNode> lines, String err) {}

  private Run run(String input, String... options) throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, input);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    List<String> args = new ArrayList<>(List.of("summarize", "--jsonl", file.toString()));
    args.addAll(List.of(options));
    int exit = cl.execute(args.toArray(String[]::new));
    List<JsonNode> lines = new ArrayList<>();
    for (String l : out.toString().split("\n")) if (!l.isBlank()) lines.add(JSON.readTree(l));
    return new Run(exit, lines, err.toString());
  }

  private static int words(String summary) {
    return summary.isBlank() ? 0 : summary.strip().split("\\s+").length;
  }

  @Test
  void storiesComeFromStandardInputOrAPipe() throws Exception {
    for (boolean dash : new boolean[] {true, false}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      var cl = Main.commandLine();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      String input = dash ? "-" : newsdesk.io.Pipes.namedPipe(dir, STORY).toString();
      int exit = newsdesk.io.Pipes.withStdin(STORY, () -> cl.execute("summarize", "--jsonl", input));
      assertThat(exit).as(input + ": " + err).isZero();
      assertThat(JSON.readTree(out.toString()).get("id").asText()).as(input).isEqualTo("s1");
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"default, ''", "sentences2, --sentences=2", "words60, --words=60"})
  void outputMatchesTheGoldenFiles(String name, String option) throws Exception {
    Path input = Path.of(getClass().getResource("stories.jsonl").toURI());
    String expected = Files.readString(Path.of(getClass().getResource("stories." + name + ".expected.jsonl").toURI()));
    StringWriter out = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    List<String> args = new ArrayList<>(List.of("summarize", "--jsonl", input.toString()));
    if (!option.isEmpty()) args.add(option);
    assertThat(cl.execute(args.toArray(String[]::new))).isZero();
    assertThat(out.toString()).isEqualTo(expected);
  }

  @Test
  void sentencesGivesExactlyNOnePerLine() throws IOException {
    Run r = run(STORY, "--sentences", "3");
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).hasSize(1);
    JsonNode o = r.lines().get(0);
    assertThat(o.path("id").asText()).isEqualTo("s1");
    assertThat(o.path("summary").asText().split("\n")).hasSize(3);
    assertThat(o.path("headline").asText()).isEqualTo("Warehouse fire in Springfield");
  }

  @Test
  void wordsIsACapOnWholeSentences() throws IOException {
    for (int cap : new int[] {8, 25, 60}) {
      String summary = run(STORY, "--words", String.valueOf(cap)).lines().get(0).path("summary").asText();
      assertThat(words(summary)).isLessThanOrEqualTo(cap);
      for (String sentence : summary.split("\n")) {
        if (!sentence.isEmpty()) assertThat(STORY).contains(sentence);
      }
    }
  }

  @Test
  void defaultLengthWithoutOptions() throws IOException {
    String summary = run(STORY).lines().get(0).path("summary").asText();
    assertThat(words(summary)).isBetween(40, 230);
  }

  @Test
  void oneBadLineDoesNotStopTheOthers() throws IOException {
    Run r = run("{not json\n" + STORY + "{\"id\":\"empty\",\"articles\":[]}\n", "--sentences", "2");
    assertThat(r.lines()).extracting(n -> n.path("id").asText()).containsExactly("s1", "empty");
    assertThat(r.lines().get(1).path("summary").asText()).isEmpty();
    assertThat(r.err()).startsWith("newsdesk summarize: " + dir.resolve("in.jsonl") + " line 1 skipped: not JSON (")
        .endsWith("newsdesk summarize: 1 line skipped\n");
    assertThat(r.exit()).isZero();
  }

  @Test
  void anEmptySummaryIsExplainedOnStderrAndStdoutStaysJson() throws IOException {
    Run tooShort = run(STORY, "--words", "5");
    assertThat(tooShort.exit()).isZero();
    assertThat(tooShort.lines()).hasSize(1);
    assertThat(tooShort.lines().get(0).path("summary").asText()).isEmpty();
    assertThat(tooShort.err()).isEqualTo("newsdesk summarize: s1: empty summary: --words 5 is shorter than any sentence of the story\n");

    Run empty = run("{\"id\":\"empty\",\"articles\":[]}\n{\"id\":\"notext\",\"articles\":[{\"title\":\"Only a title\"}]}\n");
    assertThat(empty.lines()).extracting(n -> n.path("id").asText()).containsExactly("empty", "notext");
    assertThat(empty.err()).isEqualTo("""
        newsdesk summarize: empty: empty summary: the story has no articles
        newsdesk summarize: notext: empty summary: its article has no text
        """);
    assertThat(run(STORY, "--words", "60").err()).as("a summary that is there is not reported").isEmpty();
  }

  @Test
  void aFileWithNoUsableLineFails() throws IOException {
    Run r = run("{not json\n[1, 2]\n", "--sentences", "2");
    assertThat(r.lines()).isEmpty();
    assertThat(r.err()).contains(" line 1 skipped: not JSON (", " line 2 skipped: not a JSON object\n")
        .endsWith("newsdesk summarize: 2 lines skipped\n");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(run("", "--sentences", "2").exit()).as("an empty file is no error").isZero();
  }

  @Test
  void userMistakesAreOneLineErrors() throws IOException {
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute("summarize", "--jsonl", dir.resolve("missing.jsonl").toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("missing.jsonl").doesNotContain("Exception");
    assertThat(run(STORY, "--sentences", "2", "--words", "10").exit()).isNotZero();
    assertThat(run(STORY, "--sentences", "0").exit()).isEqualTo(2);
  }

  @Test
  void aLineThatIsNotUtf8IsNamedAndTheOthersGoOn() throws IOException {
    Path file = dir.resolve("latin1.jsonl");
    byte[] bad = "{\"id\":\"x\",\"articles\":[{\"title\":\"Caf\u00e9\",\"text\":\"A caf\u00e9 opened.\"}]}\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write(bad);
    bytes.write(STORY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute("summarize", "--jsonl", file.toString(), "--sentences", "2");
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("\"id\":\"s1\"");
    assertThat(err.toString()).contains("newsdesk summarize: " + file + " line 1 skipped: not UTF-8 text (byte 0xE9 at byte 36 of the line)\n")
        .doesNotContain("Input length");
  }

  @Test
  void aLineWithoutIdIsReportedAndSkippedAsClusterDoes() throws IOException {
    Run r = run("{\"articles\":[{\"text\":\"A fire destroyed a warehouse in Springfield on Tuesday night.\"}]}\n" + STORY,
        "--sentences", "2");
    assertThat(r.lines()).extracting(n -> n.path("id").asText()).containsExactly("s1");
    assertThat(r.err()).isEqualTo("newsdesk summarize: " + dir.resolve("in.jsonl") + " line 1 skipped: no \"id\"\n"
        + "newsdesk summarize: 1 line skipped\n");
    assertThat(r.exit()).isZero();
  }

  @Test
  void aStoryWhoseOnlySentenceIsLongerThanTheDefaultBriefSaysSoWithoutNamingAnOptionNotGiven() throws IOException {
    String sentence = "word ".repeat(200).strip() + ".";
    String story = "{\"id\":\"long\",\"articles\":[{\"text\":\"" + sentence + "\"}]}\n";
    Run byDefault = run(story);
    assertThat(byDefault.exit()).isZero();
    assertThat(byDefault.err()).contains("long: empty summary: every sentence of the story is longer than the default brief (140 words; --words N allows more)")
        .doesNotContain("--words 140");
    Run given = run(story, "--words", "50");
    assertThat(given.err()).contains("long: empty summary: --words 50 is shorter than any sentence of the story");
  }

  @Test
  void anUnknownOrBadParameterIsAUsageErrorNamingIt() throws IOException {
    Run unknown = run(STORY, "--param", "noSuchKnob=1");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.lines()).isEmpty();
    assertThat(unknown.err()).startsWith("newsdesk summarize: --param noSuchKnob=1: unknown summarizer parameter: noSuchKnob")
        .doesNotContain("Exception").doesNotContain("\tat ");
    Run notANumber = run(STORY, "--param", "positionDecay=high");
    assertThat(notANumber.exit()).isEqualTo(2);
    assertThat(notANumber.err()).contains("--param positionDecay=high").doesNotContain("\tat ");
  }

  @Test
  void badLlmOptionsFailAtTheStartAsOptionErrors() throws IOException {
    Run notUrl = run(STORY, "--llm-url", "notaurl");
    assertThat(notUrl.exit()).isEqualTo(2);
    assertThat(notUrl.lines()).isEmpty();
    assertThat(notUrl.err().strip()).startsWith("newsdesk summarize: --llm-url 'notaurl' is not an http(s) URL")
        .doesNotContain("line 1").doesNotContain("\n");

    Run zero = run(STORY, "--llm-url", "http://127.0.0.1:9/v1", "--llm-timeout", "0");
    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.lines()).isEmpty();
    assertThat(zero.err().strip()).isEqualTo("newsdesk summarize: --llm-timeout must be a positive number of seconds, got 0");
    assertThat(run(STORY, "--llm-url", "http://127.0.0.1:9/v1", "--llm-timeout", "-1.5").err())
        .contains("got -1.5");
  }

  @Test
  void llmModePrintsAFaithfulRewrite() throws IOException {
    var server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      exchange.getRequestBody().readAllBytes();
      byte[] body = ("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":"
          + "\"A Springfield warehouse burned on Tuesday night.\\nIt took 40 firefighters three hours.\"}}]}")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      Run r = run(STORY, "--sentences", "2", "--llm-url", url);
      assertThat(r.exit()).isZero();
      assertThat(r.lines().get(0).path("summary").asText())
          .isEqualTo("A Springfield warehouse burned on Tuesday night.\nIt took 40 firefighters three hours.");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void llmModeFallsBackToTheExtractiveBriefWhenTheEndpointIsDown() throws IOException {
    Run plain = run(STORY, "--sentences", "2");
    Run llm = run(STORY, "--sentences", "2", "--llm-url", "http://127.0.0.1:9/v1", "--llm-timeout", "2");
    assertThat(llm.exit()).isZero();
    assertThat(llm.lines().get(0).path("summary").asText()).isEqualTo(plain.lines().get(0).path("summary").asText());
    assertThat(llm.err()).contains("kept the extractive brief");
  }

  @Test
  void articlesMayCarryAPublicationTimeAndABadOneSkipsOnlyItsLine() throws Exception {
    ObjectMapper m = new ObjectMapper();
    var articles = m.createArrayNode();
    for (var a : newsdesk.summarize.EvolvingStoryTest.kelud("Five", true)) {
      articles.addObject().put("title", a.title()).put("text", a.text()).put("outlet", a.outlet())
          .put("published", a.published().toString());
    }
    var story = m.createObjectNode().put("id", "kelud");
    story.set("articles", articles);
    String bad = "{\"id\":\"bad\",\"articles\":[{\"text\":\"A volcano erupted.\",\"published\":\"yesterday\"}]}";
    Run r = run(m.writeValueAsString(story) + "\n" + bad + "\n", "--sentences", "2");
    assertThat(r.lines()).hasSize(1);
    assertThat(r.lines().get(0).path("headline").asText()).isEqualTo("Mount Kelud eruption: five dead, 35,000 evacuated");
    assertThat(r.lines().get(0).path("summary").asText()).contains("35,000").contains("Five people were killed")
        .doesNotContain("20,000");
    assertThat(r.err()).contains("line 2 skipped: article 0: \"published\" is not an ISO-8601 instant").contains("yesterday");
    assertThat(r.exit()).isZero();
  }
}
