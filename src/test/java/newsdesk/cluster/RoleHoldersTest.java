package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RoleHolders}: appositions "QUALIFIER TITLE First Last" and what is no office holder. */
class RoleHoldersTest {
  private final RoleHolders roles = new RoleHolders();

  private List<RoleHolders.Found> find(String text) {
    return roles.find(text);
  }

  @Test
  void findsAQualifiedOfficeAndItsHoldersLastName() {
    assertThat(find("The rule, said Fisheries Minister Anna K. Lindqvist on Monday, stays."))
        .containsExactly(new RoleHolders.Found("fisheries minister", "lindqvist"));
    assertThat(find("Harbor governor Paul Ostrander's office said so."))
        .containsExactly(new RoleHolders.Found("harbor governor", "ostrander"));
    assertThat(find("Norland Prime Minister Eva Maria Holt resigned."))
        .containsExactly(new RoleHolders.Found("norland prime minister", "holt"));
  }

  @Test
  void aWeekdayAfterTheNameIsNoPartOfIt() {
    assertThat(find("Transport Secretary Tom Wendel Tuesday announced it."))
        .containsExactly(new RoleHolders.Found("transport secretary", "wendel"));
  }

  @Test
  void noOfficeWithoutACapitalisedQualifierOrAFullName() {
    assertThat(find("President Tom Wendel spoke.")).isEmpty();
    assertThat(find("the digital director Tom Wendel spoke.")).isEmpty();
    assertThat(find("Transport Secretary Wendel spoke.")).isEmpty();
    assertThat(find("Senate Intelligence Committee Chairman Tom Wendel spoke.")).isEmpty();
    assertThat(find("Harbor-backed President Tom Wendel spoke.")).isEmpty();
  }

  @Test
  void aFormerOrActingHolderHoldsNoPresentOffice() {
    assertThat(find("former Transport Secretary Tom Wendel spoke.")).isEmpty();
    assertThat(find("acting Transport Secretary Tom Wendel spoke.")).isEmpty();
    assertThat(find("Deputy Transport Secretary Tom Wendel spoke.")).isEmpty();
  }

  @Test
  void emptyTextHasNone() {
    assertThat(find("")).isEmpty();
  }
}
