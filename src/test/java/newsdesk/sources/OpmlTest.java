package newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {
  private static final String NESTED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <opml version="1.0">
        <head><title>My feeds</title></head>
        <body>
          <outline text="Top" type="rss" xmlUrl="https://top.example/feed" htmlUrl="https://top.example/"/>
          <outline text="News">
            <outline text="World &amp; Politics">
              <outline title="Wire" text="ignored" type="rss" xmlUrl="https://wire.example/rss.xml"/>
            </outline>
            <outline text="Local" type="rss" xmlurl="https://local.example/atom.xml"/>
            <outline text="Broken" type="rss" xmlUrl="javascript:alert(1)"/>
          </outline>
          <outline text="No feed here"/>
          <outline text="Site" type="sitemap" xmlUrl="https://site.example/news-sitemap.xml"/>
        </body>
      </opml>
      """;

  private static OpmlReader.Result read(String text) throws OpmlException {
    return new OpmlReader().read(text.getBytes(StandardCharsets.UTF_8), "subs.opml");
  }

  @Test
  void readsNestedOutlinesWithTheirFolders() throws Exception {
    OpmlReader.Result r = read(NESTED);
    assertThat(r.outlines()).containsExactly(
        new OpmlOutline("Top", "https://top.example/feed", "https://top.example/", "rss", null),
        new OpmlOutline("Wire", "https://wire.example/rss.xml", null, "rss", "News / World & Politics"),
        new OpmlOutline("Local", "https://local.example/atom.xml", null, "rss", "News"),
        new OpmlOutline("Site", "https://site.example/news-sitemap.xml", null, "sitemap", null));
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0)).contains("line 11").contains("javascript:alert(1)");
    assertThat(r.problems().get(1)).isEqualTo("line 13: outline 'No feed here' has no xmlUrl");
  }

  @Test
  void aLeafOutlineWithoutXmlUrlIsReportedAndAFolderIsNot() throws Exception {
    // QA: an outline without xmlUrl was skipped without a word; a folder (an outline holding others) is no subscription.
    OpmlReader.Result r = read("""
        <opml version="2.0"><body>
          <outline text="Folder">
            <outline text="Wire" xmlUrl="https://wire.example/rss.xml"/>
            <outline title="Blog without feed" htmlUrl="https://blog.example/"/>
          </outline>
          <outline xmlUrl=" "/>
          <outline/>
        </body></opml>""");
    assertThat(r.outlines()).extracting(OpmlOutline::xmlUrl).containsExactly("https://wire.example/rss.xml");
    assertThat(r.problems()).containsExactly(
        "line 4: outline 'Blog without feed' has no xmlUrl",
        "line 6: an outline without title or text has no xmlUrl",
        "line 7: an outline without title or text has no xmlUrl");
  }

  @Test
  void notXmlNamesTheFileAndThePlace() {
    assertThatThrownBy(() -> read("<opml><body><outline xmlUrl='x'></body></opml>"))
        .isInstanceOf(OpmlException.class).hasMessageStartingWith("subs.opml is not well-formed XML at line 1");
  }

  @Test
  void anotherDocumentIsNotOpml() {
    assertThatThrownBy(() -> read("<rss version='2.0'><channel/></rss>"))
        .isInstanceOf(OpmlException.class).hasMessage("subs.opml is not an OPML file: its root element is <rss>, not <opml>");
  }

  @Test
  void anOpmlWithoutFeedsIsAnError() {
    assertThatThrownBy(() -> read("<opml version='2.0'><head/><body><outline text='empty'/></body></opml>"))
        .isInstanceOf(OpmlException.class).hasMessageContaining("no usable subscription");
    assertThatThrownBy(() -> read("")).isInstanceOf(OpmlException.class).hasMessageContaining("subs.opml");
  }

  @Test
  void externalEntitiesAreNeverRead() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <opml version="2.0"><body><outline text="&x;" xmlUrl="https://a.example/feed"/></body></opml>
        """;
    try {
      OpmlReader.Result r = read(xxe);
      assertThat(r.outlines()).allSatisfy(o -> assertThat(String.valueOf(o.title())).doesNotContain("root:"));
    } catch (OpmlException e) {
      assertThat(e).hasMessageContaining("subs.opml");
    }
  }

  @Test
  void writesOpmlThatReadsBackTheSame() throws Exception {
    List<OpmlOutline> outlines = read(NESTED).outlines();
    String written = new OpmlWriter().write(outlines, "newsdesk subscriptions", Instant.parse("2026-11-29T10:00:00Z"));
    assertThat(written).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head>
            <title>newsdesk subscriptions</title>
            <dateCreated>Sun, 29 Nov 2026 10:00:00 GMT</dateCreated>
          </head>
          <body>
            <outline type="rss" text="Top" title="Top" xmlUrl="https://top.example/feed" htmlUrl="https://top.example/"/>
            <outline type="sitemap" text="Site" title="Site" xmlUrl="https://site.example/news-sitemap.xml"/>
            <outline text="News" title="News">
              <outline type="rss" text="Local" title="Local" xmlUrl="https://local.example/atom.xml"/>
            </outline>
            <outline text="News / World &amp; Politics" title="News / World &amp; Politics">
              <outline type="rss" text="Wire" title="Wire" xmlUrl="https://wire.example/rss.xml"/>
            </outline>
          </body>
        </opml>
        """);
    assertThat(new OpmlReader().read(written.getBytes(StandardCharsets.UTF_8), "x").outlines())
        .containsExactlyInAnyOrderElementsOf(outlines);
  }
}
