package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
  @Test
  void specialAddressesAreRefused() throws Exception {
    for (String a : List.of("127.0.0.1", "127.8.9.1", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "192.0.2.1",
        "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:10.0.0.1", "64:ff9b::a00:1",
        "2002:a00:1::1", "2001:db8::1")) {
      assertThat(AddressGuard.isSpecial(InetAddress.getByName(a))).as(a).isTrue();
    }
  }

  @Test
  void publicAddressesPass() throws Exception {
    for (String a : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
        "64:ff9b::808:808")) {
      assertThat(AddressGuard.isSpecial(InetAddress.getByName(a))).as(a).isFalse();
    }
  }

  @Test
  void everyAddressOfTheDnsAnswerIsChecked() throws Exception {
    Map<String, List<String>> dns = Map.of(
        "public.example", List.of("93.184.216.34"),
        "mixed.example", List.of("93.184.216.34", "10.1.2.3"));
    AddressGuard guard = new AddressGuard(host -> {
      List<String> answer = dns.get(host);
      if (answer == null) throw new UnknownHostException(host);
      return answer.stream().map(AddressGuardTest::address).toList();
    });
    guard.check(URI.create("https://public.example/feed"));
    assertThatThrownBy(() -> guard.check(URI.create("https://mixed.example/feed")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.BLOCKED_ADDRESS));
    assertThatThrownBy(() -> guard.check(URI.create("https://unknown.example/feed")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.NETWORK));
  }

  @Test
  void ipLiteralsInBracketsAreChecked() {
    assertThatThrownBy(() -> AddressGuard.system().check(URI.create("http://[::1]:8080/")))
        .isInstanceOf(FetchException.class);
    assertThatThrownBy(() -> AddressGuard.system().check(URI.create("http://0x7f.1/")))
        .isInstanceOf(FetchException.class);
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }
}
