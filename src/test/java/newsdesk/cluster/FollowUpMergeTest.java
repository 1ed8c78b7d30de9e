package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Multi-outlet QA: three outlets report a bridge collapse, and two days later a fourth reports the
 * national inspections it prompted, a story of its own. A one-line "Breaking" item about the
 * collapse, published before the rest, joined the collapse story and, being short, let the merge
 * check fuse the two stories at the short-document threshold; the follow-up's headline then headed
 * the nine-outlet story. Two stories that began more than a day apart, each holding a full article,
 * merge only as full articles would ({@link StoryMerger}).
 */
class FollowUpMergeTest {
  private static final ClusterDocument HERALD = new ClusterDocument("herald", Instant.parse("2026-11-27T09:40:00Z"),
      "Kessler River bridge collapses in Port Aldery, two drivers hurt", """
      A section of the Kessler River road bridge in Port Aldery gave way early on Friday morning, sending a delivery van and a car into the water below, the city's fire service said.
      Both drivers were pulled from the river by a passing fishing crew and taken to St Brigid's Hospital with injuries that doctors described as serious but not life-threatening.
      The 54-metre central span dropped shortly after 6.15am, according to Fire Chief Marta Oyelaran, who said the bridge had been carrying about 11,000 vehicles a day before the collapse.
      "We are very lucky this did not happen an hour later, when the school buses cross," Oyelaran told reporters at the riverbank. Divers were still checking the wreckage for other vehicles on Friday afternoon.
      Mayor Tomas Renwick said the city would open an independent inquiry into the collapse and promised that ferries would carry commuters across the river from Monday.
      The bridge, built in 1971, was last inspected in the spring. Engineers from the regional transport authority arrived at the scene before noon to assess the two remaining spans.""", "Harbour Herald");
  private static final ClusterDocument COURIER = new ClusterDocument("courier", Instant.parse("2026-11-27T11:05:00Z"),
      "Two injured as Port Aldery bridge span falls into Kessler River", """
      Two people were injured on Friday when the middle of the Kessler River bridge in Port Aldery collapsed during the morning rush, dropping a van and a car into the river.
      Fishermen who were unloading nearby reached the vehicles within minutes and helped both drivers ashore, witnesses told the Valley Courier. The pair are being treated at St Brigid's Hospital.
      Fire Chief Marta Oyelaran said the central span, roughly 54 metres long, fell at around a quarter past six. She praised the fishing crew for their quick thinking.
      Divers searched the river through the day to make sure no other vehicle had gone into the water. Police closed the roads leading to both ends of the bridge.
      Mayor Tomas Renwick announced an independent inquiry and said a temporary ferry link across the Kessler would start on Monday. Traffic is being diverted over the Millford crossing, a detour of about 20 kilometres.
      Residents said cracks in the road surface had been reported to the council last year. The council declined to comment on the reports before the inquiry.""", "Valley Courier");
  private static final ClusterDocument METRO = new ClusterDocument("metro", Instant.parse("2026-11-27T12:30:00Z"),
      "Port Aldery bridge collapse: what we know so far", """
      The central section of the Kessler River bridge in Port Aldery collapsed at about 6.15am on Friday. Here is what we know.
      Two drivers, one in a delivery van and one in a private car, fell into the river with their vehicles. Both were rescued by a fishing crew and are in St Brigid's Hospital; their injuries are serious but not life-threatening.
      The span that failed was 54 metres long. The bridge opened in 1971 and carried around 11,000 vehicles each day, Fire Chief Marta Oyelaran said.
      Mayor Tomas Renwick has ordered an independent inquiry. Ferries will take commuters across the Kessler from Monday, and drivers are being sent over the Millford crossing.
      Engineers from the regional transport authority are examining the two spans that are still standing. They have not said when the bridge might reopen.
      Divers spent Friday checking the riverbed for further vehicles and found none, police said in the evening.""", "Metro Daily");
  private static final ClusterDocument CHECKS = new ClusterDocument("checks", Instant.parse("2026-11-29T16:00:00Z"),
      "Norland orders safety checks on 300 older bridges after Port Aldery collapse", """
      The Norland government has ordered urgent safety checks on about 300 road bridges built before 1980, two days after the central span of the Kessler River bridge in Port Aldery fell into the river.
      Transport Minister Karin Dahl said inspectors would start with bridges of the same steel-girder design as the one in Port Aldery, and that any bridge found unsafe would be closed at once.
      The checks are expected to take four months and cost about 40 million krona. Regional authorities will have to report their findings to the ministry every two weeks.
      Engineering groups welcomed the move but said years of underinvestment meant that many bridges would need expensive repairs. The Norland Society of Civil Engineers said maintenance budgets had fallen by a third since 2015.
      Dahl said the government would also review how inspection reports are shared with local councils, after it emerged that a report earlier this month had flagged corrosion on the Port Aldery bridge.""", "Valley Courier");
  private static final ClusterDocument BREAKING = new ClusterDocument("breaking", Instant.parse("2026-11-27T07:05:00Z"),
      "Breaking: bridge collapses in Port Aldery", """
      Part of the Kessler River bridge in Port Aldery has collapsed; emergency services are at the scene.""", "Norland Today");

  @Test
  void aShortItemJoiningAnEventDoesNotFuseItWithItsFollowUp() {
    OnlineStoryClusterer clusterer = new OnlineStoryClusterer(new DocumentAnalyzer(), ClusteringConfig.defaults());
    String collapse = null;
    String checks = null;
    for (ClusterDocument d : List.of(HERALD, COURIER, METRO, CHECKS, BREAKING)) {
      StoryAssignment a = clusterer.add(d);
      assertThat(a.absorbed()).as("stories merged away by %s", d.id()).isEmpty();
      if (d == HERALD) collapse = a.storyId();
      if (d == CHECKS) checks = a.storyId();
      if (d == BREAKING) assertThat(a.storyId()).isEqualTo(collapse);
    }
    assertThat(checks).isNotEqualTo(collapse);
  }
}
