package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Author names out of bylines (QA: names kept dates, separators, agencies and co-authors). */
class BylineParserTest {
  private final BylineParser parser = new BylineParser(AuthorMarkers.defaults(), BylineWords.defaults());
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  @Test
  void datesTimesAndUpdatesAreNotNames() {
    assertThat(parser.names("By Jane Doe Updated 5:03 PM ET, Nov 19, 2019")).containsExactly("Jane Doe");
    assertThat(parser.names("Jane Doe · Published Friday 27 November 2026, 10:30 GMT")).containsExactly("Jane Doe");
    assertThat(parser.names("Jane Doe November 27, 2026")).containsExactly("Jane Doe");
    assertThat(parser.names("Jane Doe on 27.11.2026 at 10:30")).containsExactly("Jane Doe");
    assertThat(parser.names("Theresa May 27 Nov 2026")).as("a two-word name keeps a month-like surname").containsExactly("Theresa May");
    assertThat(parser.names("Friday, November 27")).isEmpty();
  }

  @Test
  void separatorsRolesAgenciesAndContactsGo() {
    assertThat(parser.names("By Jane Doe — Staff Writer")).containsExactly("Jane Doe");
    assertThat(parser.names("Jane Doe, Senior Political Correspondent")).containsExactly("Jane Doe");
    assertThat(parser.names("Jane Doe Staff Reporter")).containsExactly("Jane Doe");
    assertThat(parser.names("Westminster Correspondent")).isEmpty();
    assertThat(parser.names("Jane Doe (AP)")).containsExactly("Jane Doe");
    assertThat(parser.names("By The Associated Press")).isEmpty();
    assertThat(parser.names("Reuters Staff")).isEmpty();
    assertThat(parser.names("Jane Doe jane.doe@news.example @janedoe")).containsExactly("Jane Doe");
    assertThat(parser.names("By: Jane Doe / AFP")).containsExactly("Jane Doe");
    assertThat(parser.names("Written by Jane Doe")).containsExactly("Jane Doe");
  }

  @Test
  void credentialsAffiliationsAndCategoriesAfterANameGo() {
    assertThat(parser.names("Dylan Bailey, MS, RD, FAND")).containsExactly("Dylan Bailey");
    assertThat(parser.names("Genevieve Carlton, Ph.D.")).containsExactly("Genevieve Carlton");
    assertThat(parser.names("Troy L. Smith, Cleveland.com")).containsExactly("Troy L. Smith");
    assertThat(parser.names("Jean-Luc Aufranc (CNXSoft)")).containsExactly("Jean-Luc Aufranc");
    assertThat(parser.names("Paul Frew, Home and Digital Security Expert")).containsExactly("Paul Frew");
    assertThat(parser.names("Jane Doe, Staff Writer, The Daily Planet")).containsExactly("Jane Doe");
    assertThat(parser.names("By Jane Doe | 27 November 2026 | Politics")).containsExactly("Jane Doe");
    assertThat(parser.names("Maria &amp; Katerina")).containsExactly("Maria", "Katerina");
    assertThat(parser.names("By | Lisa Kubota")).containsExactly("Lisa Kubota");
    assertThat(parser.names("Author: Ashley Biancuzzo")).containsExactly("Ashley Biancuzzo");
    assertThat(parser.names("admin")).as("a user name").isEmpty();
    assertThat(parser.names("kirstin boatto")).as("a name typed in lower case").containsExactly("kirstin boatto");
  }

  @Test
  void coAuthorsAreSeparateAndNameSuffixesStay() {
    assertThat(parser.names("By Jane Doe, John Roe and Ana Lima")).containsExactly("Jane Doe", "John Roe", "Ana Lima");
    assertThat(parser.names("Jane Doe & John Roe")).containsExactly("Jane Doe", "John Roe");
    assertThat(parser.names("Von Anna Berg und Tom Kurz")).containsExactly("Anna Berg", "Tom Kurz");
    assertThat(parser.names("John Roe, Jr.")).containsExactly("John Roe, Jr.");
    assertThat(parser.names("Andrew Anderson")).as("'and' inside a name is no joiner").containsExactly("Andrew Anderson");
    assertThat(parser.names("María Pérez y Gasset")).as("single-letter joiners are not used").containsExactly("María Pérez y Gasset");
  }

  @Test
  void namesStayWholeAndSentencesAreNoNames() {
    assertThat(parser.names("Анна Соколова")).containsExactly("Анна Соколова");
    assertThat(parser.names("Jean-Pierre Dupont")).containsExactly("Jean-Pierre Dupont");
    assertThat(parser.names("J. R. Smith.")).containsExactly("J. R. Smith");
    assertThat(parser.names("Jane Doe is a reporter who covers the city")).isEmpty();
    assertThat(parser.names("https://www.facebook.com/janedoe")).isEmpty();
    assertThat(parser.names("")).isEmpty();
    assertThat(parser.names(null)).isEmpty();
  }

  @Test
  void theWordsAreData() throws IOException {
    BylineWords custom = BylineWords.parse(new ByteArrayInputStream(
        "[joiners]\nplus\n[agencies]\nwire one\n".getBytes(StandardCharsets.UTF_8)));
    BylineParser p = new BylineParser(AuthorMarkers.defaults(), custom);
    assertThat(p.names("Jane Doe plus John Roe, Wire One")).containsExactly("Jane Doe", "John Roe");
    assertThat(p.names("Jane Doe and John Roe")).as("'and' is not in this list").containsExactly("Jane Doe and John Roe");
    assertThat(BylineWords.defaults().agencies()).contains("reuters", "associated press", "afp");
  }

  @Test
  void metaAndJsonLdAuthorsAreReadAsBylinesToo() {
    String html = "<html><head><meta name='author' content='Ana Lima and Pedro Souza, Reuters'></head><body><p>Text.</p></body></html>";
    assertThat(extractor.extract(new Page(URI.create("https://news.example/b"), html.getBytes(StandardCharsets.UTF_8), null))
        .authors()).containsExactly("Ana Lima", "Pedro Souza");
    String ld = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Dam holds\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"By Ruth Adeyemi | Updated 2 July 2025\"}}</script></head><body></body></html>";
    assertThat(extractor.extract(new Page(URI.create("https://news.example/c"), ld.getBytes(StandardCharsets.UTF_8), null))
        .authors()).containsExactly("Ruth Adeyemi");
  }
}
