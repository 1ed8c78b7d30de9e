package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import newsdesk.demo.DemoCorpus;
import org.junit.jupiter.api.Test;

class OutletLicencesTest {
  @Test
  void theDemoCorpusOutletCarriesItsLicence() {
    assertThat(OutletLicences.bundled().forOutlets(List.of(DemoCorpus.OUTLET))).singleElement().satisfies(l -> {
      assertThat(l.licence()).isEqualTo("CC BY 2.5");
      assertThat(l.licenceUrl()).isEqualTo(DemoCorpus.LICENSE_URL);
      assertThat(DemoCorpus.ATTRIBUTION).contains(l.holder());
    });
  }

  @Test
  void eachLicensedOutletIsNamedOnceInTheOrderFirstSeenAndOthersCarryNone() {
    OutletLicences table = OutletLicences.parse("""
        # comment

        A\tA people\thttps://a.example/\ta.example\tCC BY 4.0\thttps://creativecommons.org/licenses/by/4.0/\t-
        B\tB people\thttps://b.example/\tb.example\tCC BY-SA 3.0\thttps://creativecommons.org/licenses/by-sa/3.0/\ttext cleaned
        """);
    assertThat(table.forOutlets(Arrays.asList("B", "Other", null, "A", "B"))).extracting(OutletLicence::outlet)
        .containsExactly("B", "A");
    assertThat(table.forOutlets(List.of("A")).getFirst().note()).isNull();
    assertThat(table.forOutlets(List.of("Other", "a"))).as("names match exactly").isEmpty();
    assertThat(table.forOutlets(List.of())).isEmpty();
  }

  @Test
  void aMalformedLineIsRefusedWithTheLine() {
    assertThatThrownBy(() -> OutletLicences.parse("A\tonly two"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A\tonly two");
  }
}
