package newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrableDomainsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      news.example.co.uk   | example.co.uk
      a.b.example.com      | example.com
      www.site.unknowntld  | site.unknowntld
      localhost            | localhost
      192.168.1.1          | 192.168.1.1
      [2001:db8::1]        | [2001:db8::1]
      """)
  void findsTheRegistrableDomain(String host, String domain) {
    assertThat(RegistrableDomains.of(host)).isEqualTo(domain);
  }

  @Test
  void anEmptyHostHasNone() {
    assertThat(RegistrableDomains.of("")).isNull();
  }
}
