package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Documents built to make the text-level repairs of a broken feed blow up: an internal entity
 * referenced many times (the expansion is budgeted and the rest kept as written, reported as
 * damage), and unclosed declarations repeated (the scans are linear, not a regex retried at every
 * occurrence).
 */
class HostileXmlRepairTest {
  private final FeedParser parser = new StandardFeedParser();

  private Feed parse(String xml) throws FeedParseException {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, URI.create("https://doc.example/feed.xml"));
  }

  @Test
  void entityExpansionIsCappedAndReportedAsDamage() throws Exception {
    String value = "A".repeat(1_000);
    // ~10 KB of document that would expand to 5,000,000 characters.
    String xml = "<!DOCTYPE rss [<!ENTITY e \"" + value + "\">]><rss version=\"2.0\"><channel><title>t</title>"
        + "<description>" + "&e;".repeat(5_000) + "</description></channel></rss>";
    Feed feed = parse(xml);
    assertThat(feed.description().length()).isLessThan(XmlRepair.MIN_EXPANSION_BUDGET + xml.length());
    assertThat(feed.description()).startsWith(value).contains("&e;");
    assertThat(feed.problems()).singleElement().asString().contains("entity").contains("&e;");
    assertThat(feed.title()).isEqualTo("t");
  }

  @Test
  void theExpansionBudgetGrowsWithTheDocumentButIsBounded() {
    assertThat(XmlRepair.expansionBudget(0)).isEqualTo(XmlRepair.MIN_EXPANSION_BUDGET);
    assertThat(XmlRepair.expansionBudget(1_000_000)).isGreaterThan(XmlRepair.MIN_EXPANSION_BUDGET);
    assertThat(XmlRepair.expansionBudget(Integer.MAX_VALUE)).isEqualTo(XmlRepair.MAX_EXPANSION_BUDGET);
  }

  @Test
  void entitiesWithinTheBudgetAreExpandedWithoutDamage() throws Exception {
    String xml = "<!DOCTYPE rss [<!ENTITY who \"Jane\">]><rss version=\"2.0\"><channel><title>t</title>"
        + "<description>" + "&who; ".repeat(100) + "</description></channel></rss>";
    Feed feed = parse(xml);
    assertThat(feed.description()).isEqualTo("Jane ".repeat(100).strip());
    assertThat(feed.problems()).isEmpty();
  }

  @Test
  void aDoctypeAfterTheRootIsNotTakenForTheDocumentsOwn() throws Exception {
    Feed feed = parse("<rss version=\"2.0\"><channel><title>a&x;b</title><!DOCTYPE z [<!ENTITY x \"X\">]></channel></rss>");
    assertThat(feed.title()).isEqualTo("a&x;b");
  }

  @Test
  void aDoctypeAfterCommentsAndDeclarationsIsRemovedAndItsEntitiesKept() throws Exception {
    Feed feed = parse("<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE fake> -->\n<!DOCTYPE rss [ <!ENTITY x \"X\"> ] >"
        + "<rss version=\"2.0\"><channel><title>a&x;b&nbsp;</title></channel></rss>");
    assertThat(feed.title()).isEqualTo("aXb\u00a0");
  }

  @Test
  void repeatedUnclosedDoctypesAreScannedOnce() throws FeedParseException {
    // Before the linear scan: about 3 minutes (a regex tried at each of 40,000 starts to the end).
    String xml = "<rss version=\"2.0\"><channel><title>t</title>" + "<!DOCTYPE a [".repeat(40_000);
    Feed feed = parse(xml);
    assertThat(feed.title()).isEqualTo("t");
    assertThat(feed.damaged()).isTrue();
  }

  @Test
  void repeatedUnclosedXmlDeclarationsAreScannedOnce() throws FeedParseException {
    // Before the linear scan: about 2 minutes.
    String xml = "<rss version=\"2.0\"><channel><title>t</title>" + "<?xml a".repeat(50_000);
    Feed feed = parse(xml);
    assertThat(feed.title()).isEqualTo("t");
  }

  @Test
  void misplacedXmlDeclarationsAreStillDropped() throws Exception {
    Feed feed = parse("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>a<?xml version=\"1.0\"?>b</title>"
        + "<description>c<?XML?>d</description></channel></rss>");
    assertThat(feed.title()).isEqualTo("ab");
    assertThat(feed.description()).isEqualTo("cd");
  }
}
