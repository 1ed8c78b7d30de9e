package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BoilerplateRuleTest {
  @Test
  void requiredLiteralIsWhatEveryMatchContains() {
    assertThat(BoilerplateRule.requiredLiteral("^scroll down for (the )?video\\b")).isEqualTo("scroll down for ");
    assertThat(BoilerplateRule.requiredLiteral("\\bnewsletters?\\b.*\\b(alerts?|emails?)\\b")).isEqualTo("newsletter");
    assertThat(BoilerplateRule.requiredLiteral("\\b(un)?subscribe\\b")).isEqualTo("subscribe");
    assertThat(BoilerplateRule.requiredLiteral("\\bcopyright\\s*(©|\\(c\\)|\\d{4})")).isEqualTo("copyright");
    assertThat(BoilerplateRule.requiredLiteral("^(next|previous)[.:]?$")).isEmpty();
    assertThat(BoilerplateRule.requiredLiteral("a|b")).isEmpty();
  }

  @Test
  void preCheckNeverHidesAMatchOfTheBundledRules() {
    List<String> samples = List.of("Scroll down for video", "Sign up for our daily newsletter", "Click here to read more",
        "By . Daily Mail Reporter .", "These crawls are part of an effort to archive pages.", "Story Continued Below",
        "Please try again later.", "Copyright 2014 The Example Company.", "Tweet with a location",
        "A fire destroyed a warehouse on Tuesday.", "Advertisement", "You can unsubscribe at any time.");
    for (BoilerplateRule rule : SummarizerResources.english().boilerplate()) {
      for (String s : samples) {
        boolean regex = rule.pattern().matcher(s).find();
        assertThat(rule.matches(s, s.toLowerCase(Locale.ROOT))).as("%s on %s", rule.pattern(), s).isEqualTo(regex);
      }
    }
    long furniture = samples.stream().filter(s -> SummarizerResources.english().boilerplate().stream()
        .anyMatch(r -> r.matches(s, s.toLowerCase(Locale.ROOT)))).count();
    assertThat(furniture).isEqualTo(samples.size() - 1);
  }
}
