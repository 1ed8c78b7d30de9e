package newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {
  private final UrlCanonicalizer canonicalizer = UrlCanonicalizer.withBundledRules();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      HTTPS://Example.COM/News/Story                          | https://example.com/News/Story
      https://example.com:443/a                               | https://example.com/a
      http://example.com:80/a                                 | http://example.com/a
      http://example.com:8080/a                               | http://example.com:8080/a
      https://example.com/a#comments                          | https://example.com/a
      https://example.com/a/                                  | https://example.com/a
      https://example.com                                     | https://example.com/
      https://example.com/                                    | https://example.com/
      https://example.com/a?utm_source=rss&utm_medium=feed    | https://example.com/a
      https://example.com/a?fbclid=IwAR0abc                   | https://example.com/a
      https://example.com/a?gclid=xyz&id=7                    | https://example.com/a?id=7
      https://example.com/a?mc_cid=1&mc_eid=2                 | https://example.com/a
      https://example.com/a?UTM_Campaign=x                    | https://example.com/a
      https://example.com/a?b=2&a=1&c=3                       | https://example.com/a?a=1&b=2&c=3
      https://example.com/a?page=2&page=1                     | https://example.com/a?page=1&page=2
      https://example.com/a?                                  | https://example.com/a
      https://example.com/2020/01/story/amp/                  | https://example.com/2020/01/story
      https://example.com/amp/2020/01/story                   | https://example.com/2020/01/story
      https://example.com/news/story.amp.html                 | https://example.com/news/story.html
      https://example.com/news/story.amp                      | https://example.com/news/story
      https://example.com/news/story?amp=1                    | https://example.com/news/story
      https://example.com/news/story?outputType=amp           | https://example.com/news/story
      https://example.com/news/story?outputType=print         | https://example.com/news/story?outputType=print
      https://amp.example.com/news/story                      | https://example.com/news/story
      https://m.example.com/news/story                        | https://example.com/news/story
      https://mobile.example.com/news/story                   | https://example.com/news/story
      https://www.example.com/news/story                      | https://example.com/news/story
      https://m.example.co.uk/news/story                      | https://example.co.uk/news/story
      https://en.m.example.org/wiki/Page                      | https://en.example.org/wiki/Page
      https://m.co/story                                      | https://m.co/story
      https://news.example.com/story                          | https://news.example.com/story
      https://www.site.unknowntld/story                       | https://site.unknowntld/story
      https://m.localhost:8080/story                          | https://m.localhost:8080/story
      http://192.168.1.1/story/                               | http://192.168.1.1/story
      https://Example.com./a                                  | https://example.com/a
      https://user:pw@example.com/a                           | https://example.com/a
      https://example.com/a/./b/../c                          | https://example.com/a/c
      https://example.com/%7euser/%2fx                        | https://example.com/~user/%2Fx
      https://example.com/a?q=caf%c3%a9                       | https://example.com/a?q=caf%C3%A9
      https://münchen.example/a                               | https://xn--mnchen-3ya.example/a
      https://[2001:db8::1]:443/a                             | https://[2001:db8::1]/a
      mailto:someone@example.com                              | mailto:someone@example.com
      not a url                                               | not a url
      """)
  void canonicalizes(String input, String expected) {
    assertThat(canonicalizer.canonicalize(input)).isEqualTo(expected);
  }

  @Test
  void variantsOfOneArticleShareOneKey() {
    var variants = java.util.List.of(
        "https://www.example.com/world/2020/story-slug/?utm_source=twitter#top",
        "HTTPS://Example.com:443/world/2020/story-slug",
        "https://m.example.com/world/2020/story-slug/amp/",
        "https://amp.example.com/world/2020/story-slug?fbclid=abc&amp=1");
    assertThat(variants.stream().map(canonicalizer::canonicalize).distinct())
        .containsExactly("https://example.com/world/2020/story-slug");
  }

  @ParameterizedTest(name = "{0} declares {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      https://example.com/a?utm_source=x | https://www.example.com/news/a      | https://example.com/news/a
      https://news.example.com/a         | https://example.com/archive/a       | https://example.com/archive/a
      https://example.com/a              | /canonical/a                        | https://example.com/canonical/a
      https://example.com/a              | https://other.org/a                 | https://example.com/a
      https://example.com/a              | https://example.com/                | https://example.com/a
      https://example.com/               | https://www.example.com/            | https://example.com/
      https://example.com/a              | NULL                                | https://example.com/a
      https://example.com/a              | '  '                                | https://example.com/a
      https://example.com/a              | 'http://exa mple.com/%%'            | https://example.com/a
      https://foo.blogspot.com/a         | https://bar.blogspot.com/a          | https://foo.blogspot.com/a
      http://127.0.0.1:8101/a            | http://127.0.0.1:8102/b             | http://127.0.0.1:8101/a
      http://example.com:8080/a          | http://example.com/b                | http://example.com:8080/a
      http://example.com:8080/a          | http://www.example.com:8080/b       | http://example.com:8080/b
      http://example.com/a               | https://example.com:443/b           | https://example.com/b
      """)
  void honoursTheDeclaredCanonicalOnTheSameRegistrableDomainOnly(String page, String declared, String expected) {
    assertThat(canonicalizer.resolve(page, declared)).isEqualTo(expected);
  }

  @Test
  void trackingRulesAreData() {
    var custom = new UrlCanonicalizer(TrackingParameters.of(java.util.List.of("ref", "src*", "view=amp")), java.util.Set.of());
    assertThat(custom.canonicalize("https://www.example.com/a?ref=x&srcid=1&view=amp&utm_source=y&view=full"))
        .isEqualTo("https://www.example.com/a?utm_source=y&view=full");
  }

  /** On a hash-bang site the route after {@code #!} is the article: two stories are two keys. */
  @Test
  void keepsHashBangRoutes() {
    assertThat(canonicalizer.canonicalize("https://x.example/#!/story/1")).isEqualTo("https://x.example/#!/story/1");
    assertThat(canonicalizer.canonicalize("https://x.example/#!/story/1"))
        .isNotEqualTo(canonicalizer.canonicalize("https://x.example/#!/story/2"));
    assertThat(canonicalizer.canonicalize("https://WWW.x.example/app/?utm_source=rss#!/story/1"))
        .isEqualTo("https://x.example/app#!/story/1");
    assertThat(canonicalizer.canonicalize("https://x.example/a#!")).isEqualTo("https://x.example/a");
    assertThat(canonicalizer.canonicalize("https://x.example/a#top")).isEqualTo("https://x.example/a");
  }

  /** The shell every hash-bang route is served from declares one canonical for all of them: it names no story. */
  @Test
  void aHashBangRouteKeepsItsKeyAgainstTheShellsCanonical() {
    assertThat(canonicalizer.resolve("https://x.example/#!/story/1", "https://x.example/"))
        .isEqualTo("https://x.example/#!/story/1");
    assertThat(canonicalizer.resolve("https://x.example/#!/story/1", "/app"))
        .isEqualTo("https://x.example/#!/story/1");
    assertThat(canonicalizer.resolve("https://x.example/#!/story/1", "https://x.example/#!/stories/1-storm"))
        .isEqualTo("https://x.example/#!/stories/1-storm");
  }

  @Test
  void namesTheArgumentOnMisuse() {
    assertThatThrownBy(() -> canonicalizer.canonicalize(null)).hasMessageContaining("url");
    assertThatThrownBy(() -> TrackingParameters.of(java.util.List.of(" "))).hasMessageContaining("rules");
  }
  /** What a reader is shown for an AMP link: the page it stands for, the rest of the address as it is. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      https://www.Example.com/2020/01/Story/amp/              | https://www.Example.com/2020/01/Story/
      https://www.example.com/amp/2020/01/story?id=7          | https://www.example.com/2020/01/story?id=7
      https://example.com/news/story.amp.html                 | https://example.com/news/story.html
      https://example.com/news/story.amp                      | https://example.com/news/story
      https://amp.example.co.uk/news/story                    | https://example.co.uk/news/story
      http://127.0.0.1:8080/amp/news/story#comments           | http://127.0.0.1:8080/news/story#comments
      https://example.com/news/ampersand                      | https://example.com/news/ampersand
      https://amp.com/news/story                              | https://amp.com/news/story
      https://example.com/                                    | https://example.com/
      mailto:amp@example.com                                  | mailto:amp@example.com
      """)
  void removesOnlyAmpMarkersForTheShownLink(String url, String shown) {
    assertThat(canonicalizer.withoutAmp(url)).isEqualTo(shown);
  }

  @Test
  void readsADeclaredCanonicalAsAnAbsoluteAddress() {
    assertThat(canonicalizer.declaredUrl("https://example.com/amp/news/a", "/news/a")).isEqualTo("https://example.com/news/a");
    assertThat(canonicalizer.declaredUrl("https://example.com/a", "https://other.org/b?x=1"))
        .isEqualTo("https://other.org/b?x=1");
    assertThat(canonicalizer.declaredUrl("https://example.com/a", " ")).isNull();
    assertThat(canonicalizer.declaredUrl("https://example.com/a", null)).isNull();
    assertThat(canonicalizer.declaredUrl("https://example.com/a", "javascript:void(0)")).isNull();
    assertThat(canonicalizer.declaredUrl("https://example.com/a", "http://[bad")).isNull();
  }
}
