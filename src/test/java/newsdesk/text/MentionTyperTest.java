package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionTyperTest {
  private final MentionTyper typer = new MentionTyper(new NameWords(EntityCues.load()));

  private static int leader(double[] votes) {
    int best = 0;
    for (int i = 1; i < votes.length; i++) if (votes[i] > votes[best]) best = i;
    return best;
  }

  @Test
  void anInstitutionsBuildingOutvotesASpeechVerbAndAPlaceHeadWord() {
    String[] tokens = {"the", "White", "House", "said", "no"};
    Mention m = typer.mention(tokens, 1, 3);
    assertThat(m.name()).isEqualTo("White House");
    assertThat(leader(m.votes())).isEqualTo(MentionTyper.ORG);

    Mention street = typer.mention(new String[] {"at", "Downing", "Street"}, 1, 3);
    assertThat(leader(street.votes())).isEqualTo(MentionTyper.ORG);
    Mention otherStreet = typer.mention(new String[] {"at", "Grenada", "Street"}, 1, 3);
    assertThat(leader(otherStreet.votes())).isEqualTo(MentionTyper.LOC);
  }

  @Test
  void aParticleNameVotesPersonWithoutOtherCuesWhateverItsLength() {
    Mention m = typer.mention(new String[] {"killed", "Abu", "Mahdi", "al", "-", "Muhandis", "."}, 1, 6);
    assertThat(m.name()).isEqualTo("Abu Mahdi al-Muhandis");
    assertThat(m.votes()[MentionTyper.PERSON]).isPositive();
    assertThat(m.votes()[MentionTyper.ORG]).isZero();

    Mention university = typer.mention(new String[] {"the", "Mohammed", "bin", "Rashid", "University"}, 1, 5);
    assertThat(leader(university.votes())).isEqualTo(MentionTyper.ORG);
    Mention bank = typer.mention(new String[] {"the", "Bank", "of", "Ghana", "Holdings", "Limited"}, 1, 6);
    assertThat(bank.votes()[MentionTyper.PERSON]).isZero();
  }
}
