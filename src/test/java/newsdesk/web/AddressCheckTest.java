package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * An address whose escapes cannot be read is refused; so is one that escapes a control character
 * (other than tab, newline and carriage return, which are layout): nothing a reader types in a form
 * makes one, and echoed into a page (the search box, the title, a saved search's name) it is a
 * character no HTML page or XML feed may carry.
 */
class AddressCheckTest {
  @Test
  void wellFormedAddressesPass() {
    AddressCheck.check("/search", "q=volcano+eruption&outlet=Le%20Monde");
    AddressCheck.check("/entities/Matovi%C4%8D", null);
    AddressCheck.check("/search", "q=pasted%09tab%0Aand%0D%0Alines");
    AddressCheck.check("/search", "q=%F0%9F%8C%8B");
  }

  @Test
  void malformedEscapesAreRefused() {
    assertThatThrownBy(() -> AddressCheck.check("/search", "q=%ZZ")).isInstanceOf(HttpProblem.class)
        .hasMessageContaining("malformed % escape");
    assertThatThrownBy(() -> AddressCheck.check("/entities/%FF", null)).isInstanceOf(HttpProblem.class);
  }

  @Test
  void escapedControlCharactersAreRefusedNamingThem() {
    for (String query : new String[] {"q=volcano%00", "q=%01", "q=a%1Bb", "outlet=x%0C"}) {
      assertThatThrownBy(() -> AddressCheck.check("/search", query)).as(query).isInstanceOf(HttpProblem.class)
          .hasMessageContaining("the query string cannot be read").hasMessageContaining("control character");
    }
    assertThatThrownBy(() -> AddressCheck.check("/entities/a%01b", null)).isInstanceOf(HttpProblem.class)
        .hasMessageContaining("control character");
    HttpProblem p = (HttpProblem) org.assertj.core.api.Assertions.catchThrowable(() -> AddressCheck.check("/search", "q=%7F%00"));
    assertThat(p.status()).isEqualTo(400);
  }
}
