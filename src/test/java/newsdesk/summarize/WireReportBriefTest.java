package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A brief asked to tell a story's wire report ({@link Summarizer#summarize(List, SummaryLength, String)}):
 * an agency's text carried by an earlier outlet, and a newer local rewrite of it, whose title and
 * restated opening would head the brief otherwise.
 */
class WireReportBriefTest {
  private static final Instant T = Instant.parse("2026-11-29T01:00:00Z");
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  static final String WIRE = "BRENMOUTH, Norland (AP) — Brenmouth will become the first town in Norland to test drone "
      + "deliveries of prescription medicines, after the national aviation regulator approved a six-month trial on Sunday.\n\n"
      + "The drones, operated by a young logistics company, will fly from the pharmacy at the town's health centre to "
      + "fourteen outlying villages, carrying parcels of up to two and a half kilograms.\n\n"
      + "The company's chief executive said a flight would take under fifteen minutes, compared with up to two hours "
      + "by road in winter. The aircraft have been tested over the sea for a year.\n\n"
      + "The regulator said the drones must stay below 120 metres, avoid flying over schools and be watched from a "
      + "control room throughout each trip. A public meeting will be held in December.";

  static final String REWRITE = "Villagers around Brenmouth could soon get their prescription medicines by drone, "
      + "after Norland's aviation regulator on Sunday cleared a six-month trial from the town's health centre.\n\n"
      + "Pharmacist Elin Marsh said patients in the fourteen villages had waited up to two hours for deliveries by "
      + "road in winter, and that she hoped the drones would cut that to a quarter of an hour.\n\n"
      + "Under the regulator's conditions, the drones will stay below 120 metres and keep away from schools, and a "
      + "control room will watch every flight. The town council will hold a public meeting in December.\n\n"
      + "Some residents said they worried about noise over their gardens.";

  private static List<SourceArticle> story(String wireTitle) {
    return List.of(new SourceArticle("wire", wireTitle, WIRE, "Valley Courier", T),
        new SourceArticle("rewrite", "Prescription drones to fly over Brenmouth villages from health centre", REWRITE,
            "Brenmouth Post", T.plusSeconds(3 * 3600)));
  }

  @Test
  void theReportHeadsTheBriefAndItsOpeningLeadsIt() {
    Brief brief = summarizer.summarize(story("Brenmouth to test drone deliveries of medicines"), null, "wire");
    assertThat(brief.headline()).isEqualTo("Brenmouth to test drone deliveries of medicines");
    assertThat(brief.headlineArticleId()).isEqualTo("wire");
    SummarySentence lead = brief.sentences().getFirst();
    assertThat(lead.articleId()).isEqualTo("wire");
    assertThat(lead.text()).startsWith("Brenmouth will become the first town");
    assertThat(brief.sentences()).extracting(SummarySentence::articleId).as("the rewrite still adds its own facts")
        .contains("rewrite");
  }

  @Test
  void withoutAReportTheNewestWellSupportedTitleAndItsRestatementLeadAsBefore() {
    List<SourceArticle> articles = story("Brenmouth to test drone deliveries of medicines");
    Brief plain = summarizer.summarize(articles, null);
    assertThat(plain.headlineArticleId()).isEqualTo("rewrite");
    assertThat(plain.sentences().getFirst().articleId()).isEqualTo("rewrite");
    assertThat(summarizer.summarize(articles, null, null)).isEqualTo(plain);
    assertThat(summarizer.summarize(articles, null, "no-such-article")).as("an unknown report is none").isEqualTo(plain);
    assertThat(summarizer.summarize(articles, null, "wire")).isEqualTo(summarizer.summarize(articles, null, "wire"));
  }

  @Test
  void aReportWhoseTitleCannotHeadTheCardLeavesTheHeadlineToTheUsualRule() {
    Brief brief = summarizer.summarize(story("Drones"), null, "wire");
    assertThat(brief.headlineArticleId()).isEqualTo("rewrite");
  }

  @Test
  void aReportWhoseOpeningFigureANewerArticleUpdatedLeavesTheCardToTheNewerReport() {
    var wire = new SourceArticle("wire", "Ferry capsizes off Norland coast, killing 12 people",
        "VESSBY, Norland (AP) — A ferry capsized off the coast of Norland on Sunday, killing 12 people, the coast guard said.\n\n"
            + "Rescue boats searched the cold water through the night for passengers still missing.\n\n"
            + "The ferry was carrying about 200 passengers from Vessby to the northern islands.", "Valley Courier", T);
    var update = new SourceArticle("update", "Norland ferry death toll rises to 40 as search goes on",
        "The number of people killed when a ferry capsized off the coast of Norland on Sunday has risen to 40, the coast guard "
            + "said on Monday.\n\nRescue boats kept searching the cold water for passengers still missing.\n\n"
            + "The ferry had about 200 passengers on board when it sailed from Vessby.", "Brenmouth Post", T.plusSeconds(20 * 3600));
    Brief brief = summarizer.summarize(List.of(wire, update), null, "wire");
    assertThat(brief.headlineArticleId()).isEqualTo("update");
    assertThat(brief.headline()).contains("40");
  }

  @Test
  void theInterfacesDefaultIgnoresTheReport() {
    Brief fixed = new Brief("Headline", List.of());
    Summarizer constant = (articles, length) -> fixed;
    assertThat(constant.summarize(story("A title of enough words"), SummaryLength.DEFAULT, "wire")).isSameAs(fixed);
    assertThat(summarizer.summarize(List.of(), null, "wire").paragraphs()).isEmpty();
  }
}
