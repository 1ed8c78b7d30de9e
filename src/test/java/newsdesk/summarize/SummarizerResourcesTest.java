package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled English lists say what their headers promise. */
class SummarizerResourcesTest {
  private static boolean reply(String sentence) {
    for (Pattern p : SummarizerResources.english().replyOpeners()) if (p.matcher(sentence).lookingAt()) return true;
    return false;
  }

  @Test
  void replyCuesAreAnswersNotTheAdverbsThatOpenReporting() {
    for (String answer : List.of("Yes, much faster.", "No, I think it is too late.", "Absolutely.", "That's right.",
        "Maybe, but I'm not the one to do it.", "Uhh... because it's fun.")) {
      assertThat(reply(answer)).as(answer).isTrue();
    }
    for (String reporting : List.of("Indeed, the council voted 7-2 to approve the budget.",
        "Perhaps, as officials feared, the bridge will stay closed.", "Of course, the vote is not final.",
        "Certainly, the storm was the worst in a decade.", "No one was hurt.", "Well-known actors attended.")) {
      assertThat(reply(reporting)).as(reporting).isFalse();
    }
  }

  @Test
  void aSpeakerIsPluralWhenListedOrEndingInAnSThatIsNoSingularEnding() {
    var english = SummarizerResources.english();
    for (String plural : List.of("officials", "residents", "police", "they", "sources")) {
      assertThat(english.isPluralSpeaker(plural)).as(plural).isTrue();
    }
    for (String singular : List.of("boss", "virus", "analysis", "bus", "gas", "spokesman", "mayor")) {
      assertThat(english.isPluralSpeaker(singular)).as(singular).isFalse();
    }
  }

  @Test
  void closingAttributionsNameTheirSpeaker() {
    var english = SummarizerResources.english();
    for (var c : java.util.Map.of("The bridge will stay shut, local officials said.", "officials",
        "Two people were hurt, according to police.", "police").entrySet()) {
      String speaker = null;
      for (Pattern p : english.closingAttributions()) {
        var m = p.matcher(c.getKey());
        if (m.find()) speaker = m.group(1);
      }
      assertThat(speaker).as(c.getKey()).isEqualTo(c.getValue());
    }
    assertThat(english.demonstratives()).containsExactlyInAnyOrder("this", "these");
    assertThat(english.singularPronouns()).containsExactlyInAnyOrder("he", "she");
  }
}
