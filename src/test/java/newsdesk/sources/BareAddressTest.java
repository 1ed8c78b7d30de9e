package newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BareAddressTest {
  @Test
  void aBareHostIsReadAsHttpsAndALoopbackOneAsHttp() {
    assertThat(BareAddress.withScheme("example.org")).isEqualTo("https://example.org");
    assertThat(BareAddress.withScheme(" news.example.co.uk/feed.xml?x=1 ")).isEqualTo("https://news.example.co.uk/feed.xml?x=1");
    assertThat(BareAddress.withScheme("127.0.0.1:18390/good.xml")).isEqualTo("http://127.0.0.1:18390/good.xml");
    assertThat(BareAddress.withScheme("localhost:8080")).isEqualTo("http://localhost:8080");
    assertThat(BareAddress.withScheme("[::1]:8080/feed")).isEqualTo("http://[::1]:8080/feed");
  }

  @Test
  void anythingElseIsLeftAsTyped() {
    assertThat(BareAddress.withScheme("https://example.org/")).isEqualTo("https://example.org/");
    assertThat(BareAddress.withScheme("ftp://example.org/feed")).isEqualTo("ftp://example.org/feed");
    assertThat(BareAddress.withScheme("volcano")).isEqualTo("volcano");
    assertThat(BareAddress.withScheme("two words.org")).isEqualTo("two words.org");
    assertThat(BareAddress.withScheme("mailto:a@example.org")).isEqualTo("mailto:a@example.org");
    assertThat(BareAddress.withScheme("")).isEmpty();
  }
}
