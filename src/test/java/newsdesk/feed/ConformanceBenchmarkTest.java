package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus runner: counting per tier, HTML normalization, dates, and robustness to a bad corpus. */
class ConformanceBenchmarkTest {
  @Test
  void countsChecksPerTierAndSurvivesAMissingFile(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("feeds"));
    Files.write(dir.resolve("feeds/a.xml"), FeedTestFiles.sample("sample-atom10.xml"));
    Files.writeString(dir.resolve("expectations.json"), """
        {"cases": [
          {"file": "feeds/a.xml", "checks": [
            {"canonical": "feed.title", "op": "eq", "expected": "Le <b>blog</b>", "type": "html", "tier": "B"},
            {"canonical": "feed.title_detail.type", "op": "eq", "expected": "text/html", "type": "text", "tier": "A"},
            {"canonical": "entries[0].link", "op": "eq", "expected": "https://blog.example/posts/premier.html", "type": "url", "tier": "A"},
            {"canonical": "entries[0].tags", "op": "len", "expected": 1, "tier": "A"},
            {"canonical": "feed.nothing", "op": "absent", "expected": null, "tier": "A"},
            {"canonical": "feed.title", "op": "eq", "expected": "wrong", "type": "text", "tier": "A"},
            {"canonical": "feed.info", "op": "eq", "expected": "ignored", "type": "text", "tier": "C"}]},
          {"file": "feeds/missing.xml", "checks": [{"canonical": "", "op": "parses", "tier": "A"}]}
        ]}""");
    Files.writeString(dir.resolve("dates.json"), """
        {"cases": [{"input": "2003-12-31T10:14:55Z", "expected_utc": "2003-12-31T10:14:55Z"},
                   {"input": "nonsense", "expected_utc": null}]}""");
    FeedDates dates = new FeedDates();
    ConformanceBenchmark.Result r = new ConformanceBenchmark().run(dir, new StandardFeedParser()::parseResponse, dates::parse);
    assertThat(r.tierATotal()).isEqualTo(6);
    assertThat(r.tierAPassed()).isEqualTo(4);
    assertThat(r.tierBPassed()).isEqualTo(1);
    assertThat(r.tierBTotal()).isEqualTo(1);
    assertThat(r.datesPassed()).isEqualTo(2);
    assertThat(r.datesTotal()).isEqualTo(2);
    assertThat(r.exceptions()).isZero();
    assertThat(r.failures()).anyMatch(f -> f.contains("missing.xml")).anyMatch(f -> f.contains("\"wrong\""));
    assertThat(r.summary()).isEqualTo("tier A: 4/6\ntier B: 1/1\ndates: 2/2\nexceptions: 0\n");
  }

  @Test
  void countsAParserExceptionOnce(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("feeds"));
    Files.writeString(dir.resolve("feeds/x.xml"), "<rss/>");
    Files.writeString(dir.resolve("expectations.json"), """
        {"cases": [{"file": "feeds/x.xml", "checks": [{"canonical": "", "op": "parses", "tier": "A"},
                                                      {"canonical": "version", "op": "eq", "expected": "rss", "type": "version", "tier": "A"}]}]}""");
    ConformanceBenchmark.Result r = new ConformanceBenchmark().run(dir,
        (body, headers, url) -> { throw new IllegalStateException("boom"); }, s -> null);
    assertThat(r.exceptions()).isEqualTo(1);
    assertThat(r.tierAPassed()).isZero();
  }

  @Test
  void normalizesHtmlAsTheCorpusReadmeSays() {
    assertThat(ConformanceBenchmark.normalizeHtml("<a title=\"t\"  href=\"h\">x\n  y</a><br/>"))
        .isEqualTo(ConformanceBenchmark.normalizeHtml("<a href=\"h\" title=\"t\">x y</a><br>"));
    assertThat(ConformanceBenchmark.sameCharset("GB2312", "gb18030")).isTrue();
    assertThat(ConformanceBenchmark.sameCharset("us-ascii", "ASCII")).isTrue();
    assertThat(ConformanceBenchmark.sameCharset("utf-8", "iso-8859-1")).isFalse();
    assertThat(ConformanceBenchmark.lookup(Map.of("a", java.util.List.of(Map.of("b", "c"))), "a[0].b")).isEqualTo("c");
  }
}
