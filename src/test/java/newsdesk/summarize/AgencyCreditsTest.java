package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgencyCreditsTest {
  private final AgencyCredits credits = AgencyCredits.english();
  private static final String BODY = "The regulator approved the trial on Sunday.\n\nA public meeting will be held in December.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.                 | Associated Press
      WASHINGTON (AP) -- The Senate voted on Tuesday to pass the bill.                | Associated Press
      NEW YORK (AP) - Stocks fell on Wall Street.                                     | Associated Press
      LONDON, Nov 29 (Reuters) - Britain's economy grew faster than expected.          | Reuters
      (Reuters) - Oil prices rose on Monday.                                          | Reuters
      Paris (AFP) – France will raise its minimum wage, the government said.           | Agence France-Presse
      BERLIN (dpa) - Germany's cabinet approved the budget.                           | Deutsche Presse-Agentur
      TOKYO (Kyodo) -- Japan's government said on Friday it would act.                | Kyodo
      KYIV (AP/Reuters) — Air raid sirens sounded across the capital.                  | Associated Press
      BEIJING, Nov. 29 (Xinhua) -- China's exports rose in October.                   | Xinhua
      """)
  void aDatelineCreditsItsAgency(String opening, String agency) {
    assertThat(credits.creditedAgency(opening + "\n\n" + BODY, List.of())).contains(agency);
  }

  @Test
  void aDatelineMayFollowAnOutletsStandfirstLine() {
    String text = "Updated 10:42 am\n\nBRENMOUTH, Norland (AP) — Brenmouth will test drone deliveries.\n\n" + BODY;
    assertThat(credits.creditedAgency(text, List.of())).contains("Associated Press");
    assertThat(credits.creditedAgency("Brenmouth will test drones.\u00a0(AP) — no, that is not a dateline.\n\n" + BODY, null))
        .as("a credit inside a sentence is no dateline").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The ministry confirmed the figures on Monday. — AFP                            | Agence France-Presse
      The ministry confirmed the figures on Monday. -- AFP                           | Agence France-Presse
      The ministry confirmed the figures on Monday. (Reuters)                        | Reuters
      Reuters                                                                        | Reuters
      Copyright 2026 The Associated Press. All rights reserved.                      | Associated Press
      © 2026 Reuters. All rights reserved.                                           | Reuters
      """)
  void aSignOffOrSyndicationFooterCreditsItsAgency(String closing, String agency) {
    assertThat(credits.creditedAgency(BODY + "\n\n" + closing, List.of())).contains(agency);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      Associated Press                  ; Associated Press
      By The Associated Press           ; Associated Press
      BY THE ASSOCIATED PRESS           ; Associated Press
      Reuters Staff                     ; Reuters
      AFP                               ; Agence France-Presse
      Jane Doe, Associated Press        ; Associated Press
      By Jane Doe | Reuters             ; Reuters
      Jane Doe (AP)                     ; Associated Press
      Jane Doe and John Roe, AP         ; Associated Press
      """)
  void aBylineCreditsItsAgency(String byline, String agency) {
    assertThat(credits.creditedAgency(BODY, List.of(byline))).contains(agency);
    assertThat(credits.creditedAgency(byline + "\n\n" + BODY, List.of())).as("a byline kept as the text's first line").contains(agency);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The minister told Reuters on Monday that talks would go on.
      Reuters reported that talks would go on.
      The Associated Press contributed to this report.
      Information from AP was used in this report.
      CAPE TOWN — Rain is expected across the province.
      The company's APAC division (APAC) - said to be growing - was sold.
      Shares in Reuters rose in early trading.
      She worked for AFP for ten years before joining the paper.
      """)
  void aMentionIsNoCredit(String line) {
    assertThat(credits.creditedAgency(line + "\n\n" + BODY + "\n\n" + line, List.of())).isEmpty();
    assertThat(credits.creditedAgency(BODY, List.of("Jane Doe", "Staff reporter", "Mark Apley"))).isEmpty();
  }

  @Test
  void acronymsAreMatchedAsWrittenAndLongNamesIgnoringCase() {
    assertThat(credits.creditedAgency("WASHINGTON (ap) — The Senate voted.\n\n" + BODY, List.of())).isEmpty();
    assertThat(credits.creditedAgency("LONDON (REUTERS) - Oil rose.\n\n" + BODY, List.of())).contains("Reuters");
  }

  @Test
  void anOutletNamedLikeAnAgencyIsTheAgency() {
    assertThat(credits.agencyOfOutlet("The Associated Press")).contains("Associated Press");
    assertThat(credits.agencyOfOutlet("AP News")).contains("Associated Press");
    assertThat(credits.agencyOfOutlet("reuters")).contains("Reuters");
    assertThat(credits.agencyOfOutlet("Agence France-Presse")).contains("Agence France-Presse");
    assertThat(credits.agencyOfOutlet("Valley Courier")).isEmpty();
    assertThat(credits.agencyOfOutlet("Reuters Institute blog")).isEmpty();
    assertThat(credits.agencyOfOutlet(null)).isEmpty();
  }

  @Test
  void aLongLineOfCapitalsOrDashesIsReadWithoutACredit() {
    String capitals = "AB CD EF GH IJ KL MN OP QR ST UV WX YZ ".repeat(40) + "(APTN) — ";
    String dashes = "- ".repeat(500) + "APTN";
    assertThat(credits.creditedAgency(capitals + "\n\n" + BODY + "\n\n" + dashes, List.of(capitals, dashes))).isEmpty();
  }

  @Test
  void emptyInputCreditsNone() {
    assertThat(credits.creditedAgency(null, null)).isEmpty();
    assertThat(credits.creditedAgency("", List.of())).isEmpty();
    assertThat(credits.creditedAgency("\n\n  \n", List.of(" "))).isEmpty();
  }

  @Test
  void aFormServesEveryAgencyOfTheData() {
    AgencyCredits own = AgencyCredits.parse(List.of("agency: Norland News Agency | NNA", "agency: Wire One",
        "opening: [^\\n()]{0,60}\\(\\s*{agency}\\s*\\)\\s*[-—]", "closing: [—-]\\s*{agency}", "byline: {agency}"));
    assertThat(own.creditedAgency("VESSBY (NNA) — Snow fell.", List.of())).contains("Norland News Agency");
    assertThat(own.creditedAgency("Snow fell. — wire one", List.of())).contains("Wire One");
    assertThat(own.creditedAgency("Snow fell.", List.of("Norland News Agency"))).contains("Norland News Agency");
    assertThat(own.creditedAgency("WASHINGTON (AP) — Snow fell.", List.of())).as("not an agency of this data").isEmpty();
  }

  @Test
  void malformedDataIsRefusedWithTheLine() {
    assertThatThrownBy(() -> AgencyCredits.parse(List.of("agency: AP", "dateline: ({agency})")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dateline: ({agency})");
    assertThatThrownBy(() -> AgencyCredits.parse(List.of("agency: AP", "opening: \\(AP\\)")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{agency}");
    assertThatThrownBy(() -> AgencyCredits.parse(List.of("agency: AP", "closing: ({agency}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a regular expression");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Associated Press writers John Doe and Jane Roe contributed to this report.             | Associated Press
      The Associated Press contributed to this report.                                      | Associated Press
      AP writer Jane Doe in London contributed to this story.                               | Associated Press
      Reuters contributed reporting from London.                                            | Reuters
      Information from The Associated Press was used in this report.                        | Associated Press
      Information from AP was used in this report.                                          | Associated Press
      Reuters contributed to this report.                                                   | Reuters
      The Associated Press contributed reporting.                                           | Associated Press
      AP writer Jane Roe in Paris contributed.                                              | Associated Press
      The talks resume on Monday. Reuters staff contributed to this report.                 | Reuters
      """)
  void aContributionFooterIsAWeakerMarkThanACredit(String footer, String agency) {
    String text = BODY + "\n\n" + footer;
    assertThat(credits.contributingAgency(text)).contains(agency);
    assertThat(credits.creditedAgency(text, List.of())).as("the outlet's own text: no credit").isEmpty();
    assertThat(credits.credit("Valley Courier", text, List.of())).isEqualTo(new AgencyCredits.Credit(null, agency));
  }

  @Test
  void aSentenceOrAFooterFarFromTheEndIsNoContribution() {
    assertThat(credits.contributingAgency(BODY + "\n\nReuters said the company contributed $5m to the fund.")).isEmpty();
    assertThat(credits.contributingAgency("The Associated Press contributed to this report.\n\nOne.\n\nTwo.\n\nThree."))
        .as("only the last lines hold a footer").isEmpty();
    assertThat(credits.contributingAgency(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Analysts told Reuters the weak pound contributed to the report.
      The Reuters Institute report found misinformation contributed to the story.
      She said AP style rules contributed to the article.
      The company, whose shares Reuters tracked, said sales contributed reporting gains.
      Officials said information from Reuters was used in the report.
      """)
  void aLastLineThatMentionsAnAgencyAndContributedIsNoFooter(String line) {
    assertThat(credits.contributingAgency(BODY + "\n\n" + line)).isEmpty();
    assertThat(credits.credit("Daily Planet", BODY + "\n\n" + line, List.of())).isEqualTo(AgencyCredits.Credit.NONE);
  }

  @Test
  void aFooterIsASentenceOfItsOwnEvenAtTheEndOfALongLine() {
    String longLine = "The ministry published the figures on Monday and said more would follow. ".repeat(4);
    assertThat(credits.contributingAgency(BODY + "\n\n" + longLine + "Associated Press writer Jane Roe contributed."))
        .contains("Associated Press");
    String tail = "Reuters" + " Ann Lee,".repeat(22) + " Bo Kim contributed to this report.";
    assertThat(tail).hasSize(AgencyCredits.EDGE_CHARS);
    assertThat(credits.contributingAgency(BODY + "\n\nThe minister said he had told " + tail))
        .as("the edge of the part of a line that is read is no sentence start").isEmpty();
  }

  @Test
  void theCreditOfAnArticleNamesTheReportFirstAndNeverTheOutletItself() {
    String wire = "WASHINGTON (AP) — The Senate voted.\n\n" + BODY + "\n\nAP writer Jane Doe contributed to this report.";
    assertThat(credits.credit("Valley Courier", wire, List.of())).isEqualTo(new AgencyCredits.Credit("Associated Press", null));
    assertThat(credits.credit("AP News", wire, List.of())).as("the agency's own page").isEqualTo(AgencyCredits.Credit.NONE);
    assertThat(credits.credit("Associated Press", BODY + "\n\nAP writer Jane Doe contributed to this report.", null))
        .isEqualTo(AgencyCredits.Credit.NONE);
    assertThat(credits.credit(null, BODY, List.of())).isEqualTo(AgencyCredits.Credit.NONE);
    assertThatThrownBy(() -> new AgencyCredits.Credit("Reuters", "AFP")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contributor");
  }
}
