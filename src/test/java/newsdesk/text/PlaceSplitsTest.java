package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceSplitsTest {
  private final PlaceSplits splits = new PlaceSplits(new NameWords(EntityCues.load()), EntityAliases.load());

  private static String[] tokens(String run) {
    return run.split(" ");
  }

  @Test
  void aNameOfAWellKnownPlaceSplitsAtOf() {
    assertThat(splits.namedOfPlace(tokens("Brigid Kosgei of Kenya"), 0, 4)).isEqualTo(2);
    assertThat(splits.namedOfPlace(tokens("Bank of England"), 0, 3)).isZero();
  }

  @Test
  void aCountryInFrontOfItsInstitutionSplitsOff() {
    assertThat(splits.countryPrefix(tokens("United States House of Representatives"), 0, 5)).isEqualTo(2);
    assertThat(splits.countryPrefix(tokens("Michigan House of Representatives"), 0, 4)).isZero();
  }

  @Test
  void aWellKnownPlaceInFrontOfANameSplitsOff() {
    assertThat(splits.placePrefix(tokens("Ukraine Volodymyr Zelenskyy"), 0, 3)).isEqualTo(1);
    assertThat(splits.placePrefix(tokens("New York Police Department"), 0, 4)).isZero();
  }
}
