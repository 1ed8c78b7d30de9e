package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSplitterTest {
  private final NameWords words = new NameWords(EntityCues.load());
  private final RunSplitter splitter = new RunSplitter(words, new MentionTyper(words));

  private List<String> names(String sentence, int start, int end) {
    String[] tokens = sentence.split(" ");
    String[] tags = new String[tokens.length];
    Arrays.fill(tags, "PROPN");
    List<Mention> out = new ArrayList<>();
    splitter.mentions(tokens, tags, start, end, out);
    return out.stream().map(Mention::name).toList();
  }

  @Test
  void aPersonAfterATitleIsSplitFromOfAndAWellKnownPlace() {
    assertThat(names("met Prince Mohammed bin Salman of Saudi Arabia today", 1, 8))
        .containsExactly("Mohammed bin Salman", "Saudi Arabia");
    assertThat(names("met Mohammed bin Salman of Saudi Arabia today", 1, 7))
        .containsExactly("Mohammed bin Salman", "Saudi Arabia");
  }

  @Test
  void anInstitutionNamedOfAPlaceStaysWhole() {
    assertThat(names("the Bank of England said", 1, 4)).containsExactly("Bank of England");
    assertThat(names("by President Emmanuel Macron today", 1, 4)).containsExactly("Emmanuel Macron");
  }
}
