package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameWordsTest {
  private final NameWords words = new NameWords(EntityCues.load());

  @Test
  void pluralsOfCommonWordsAgentNounsAndCompoundsAreCommonPlurals() {
    assertThat(words.isCommonPlural("Forecasters")).as("forecast + er").isTrue();
    assertThat(words.isCompoundPlural("Floodwaters")).as("flood + water").isTrue();
    assertThat(words.isCompoundPlural("UglyDolls")).as("an inner capital").isFalse();
    assertThat(words.isCommonPlural("Fars")).as("too short a singular").isFalse();
    assertThat(words.isCommonPlural("Officials")).isTrue();
    assertThat(words.isCommonPlural("Reuters")).isFalse();
    assertThat(words.isCommonPlural("Williams")).isFalse();
    assertThat(words.isCommonPlural("Chile")).as("no plural").isFalse();
    assertThat(words.isCommonPlural("NGOs")).isFalse();
    assertThat(NameWords.singular("Cities")).isEqualTo("City");
    assertThat(NameWords.singular("Congress")).isEqualTo("Congress");
  }

  @Test
  void aNameJoinedOnlyByPersonParticlesIsAParticleName() {
    assertThat(words.isParticleName(List.of("Abu", "Mahdi", "al", "-", "Muhandis"))).isTrue();
    assertThat(words.isParticleName(List.of("Mohammed", "bin", "Salman"))).isTrue();
    assertThat(words.isParticleName(List.of("Abdullah", "ibn", "Ahmed"))).isTrue();
    assertThat(words.isParticleName(List.of("Al", "-", "Qaeda"))).as("a capitalised article opens no person's name").isFalse();
    assertThat(words.isParticleName(List.of("Bank", "of", "England"))).isFalse();
    assertThat(words.isParticleName(List.of("Ali", "bin", "Salem", "of", "Oman"))).as("another connector").isFalse();
    assertThat(words.isParticleName(List.of("Qassem", "Soleimani"))).as("no particle").isFalse();
    assertThat(words.isParticleName(List.of("Jean", "-", "Pierre"))).isFalse();
  }

  @Test
  void particlesConnectLikeOtherNameConnectors() {
    assertThat(List.of("al", "bin", "el", "of", "van", "von", "de", "&", "-")).allMatch(words::isConnector);
    assertThat(List.of("Al", "and", "Van")).noneMatch(words::isConnector);
  }

  @Test
  void theGrammarWordsOfNamesAreListed() {
    assertThat(words.isGenitive("of")).isTrue();
    assertThat(List.of("Of", "for", "and")).noneMatch(words::isGenitive);
    assertThat(List.of("of", "for")).allMatch(words::opensDomain);
    assertThat(List.of("and", "For", "to")).noneMatch(words::opensDomain);
    assertThat(words.isConjunction("and")).isTrue();
    assertThat(List.of("And", "of", "or")).noneMatch(words::isConjunction);
  }

  @Test
  void onlyInnerConnectorsNeverOpenAName() {
    assertThat(List.of("of", "&", "-", "for")).allMatch(words::isInnerConnector);
    assertThat(List.of("van", "de", "al", "and")).noneMatch(words::isInnerConnector);
  }

  @Test
  void listedBuildingsHaveTheirType() {
    assertThat(words.buildingType("White House")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(words.buildingType("kremlin")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(words.buildingType("Élysée")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(words.buildingType("Downing Street")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(words.buildingType("House")).isNull();
    assertThat(words.buildingType("Wall Street")).isNull();
    assertThat(words.buildingType("oval office")).isEqualTo(EntityType.LOCATION);
    assertThat(words.buildingType("U.S. Capitol")).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void acronymsAreTwoToSixCapitalsWithOptionalFullStops() {
    assertThat(NameWords.isAcronym("U.S.")).isTrue();
    assertThat(NameWords.isAcronym("WHO")).isTrue();
    assertThat(NameWords.isAcronym("Us")).isFalse();
    assertThat(NameWords.isAcronym("A")).isFalse();
  }
}
