package newsdesk.text;

import static newsdesk.text.EntityExtractor.lower;

import java.util.Arrays;

/** Which entities a reader is shown as names: the rule of {@link EntityExtractor#worthShowing}. */
final class ShownEntities {
  private final NameWords words;
  private final EntityAliases aliases;

  ShownEntities(NameWords words, EntityAliases aliases) {
    this.words = words;
    this.aliases = aliases;
  }

  /** See {@link EntityExtractor#worthShowing}, whose contract this is. */
  boolean worthShowing(Entity entity) {
    String name = entity.name().strip();
    // "Chile", "China", "US"; not "Us", which the list's "us" would make a place.
    if ((words.isPlace(name) && (name.length() >= 4 || NameWords.isAcronym(name))) || aliases.isWrittenForm(name)) return true;
    if (words.cues().notShownNames().contains(lower(name))) return false; // "British", "COVID-19", "God"
    if (words.cues().notShownMarks().stream().anyMatch(name::contains)) return false; // "Australian[", "File:Jane Doe"
    int space = name.indexOf(' ');
    if (space > 0 && words.cues().notShownOpeners().contains(lower(name.substring(0, space)))) return false;
    String last = space > 0 ? lower(name.substring(name.lastIndexOf(' ') + 1)) : "";
    if (space > 0 && (words.cues().notShownEndings().contains(last) || words.cues().notShownNameEndings().contains(last))) return false;
    if (space > 0 && (titleAlone(name) || workTitle(entity) || dayOfObservance(name))) return false;
    if (space > 0) return !abstractNounPhrase(entity);
    // "H5N1", "SARS-CoV-2", "MH17": a code of letters and digits names a virus, a product or a
    // flight, none of the three types; the default would call it an organisation.
    if (name.chars().anyMatch(Character::isDigit) && name.chars().anyMatch(Character::isLetter)) return false;
    // "RIGHT", "ZERO": a common word in capitals for emphasis, which isCommonWord takes for an acronym;
    // so is a head word in another spelling than the common-word list's ("CENTRE").
    if (NameWords.isAcronym(name) && name.length() >= words.cues().shoutedWordMinLetters()
        && (words.cues().commonWords().contains(lower(name)) || words.isHeadWord(name))) return false;
    // "Forecasters", "Floodwaters": typed organisation only by the default for a lone word without
    // any cue; a team's or outlet's name ("Rangers") is a head word and stays.
    boolean commonPlural = entity.type() == EntityType.ORGANIZATION && words.isCommonPlural(name)
        && !words.cues().organizationSuffixes().contains(lower(name));
    return !(words.isCommonWord(name) || commonPlural);
  }

  /**
   * Whether {@code name} is a title without the name of whoever holds it: only titles and the words
   * that belong to a title ("Prime Minister" of "the Prime Minister's office", "Vice Presidents"),
   * possibly "of" a place ("Prime Ministers of Belgium"). The extractor keeps such a phrase as a
   * clustering feature (taking it off cost ECB+: docs/benchmarks/stories.md), but it names no one.
   */
  private boolean titleAlone(String name) {
    String[] parts = name.split(" ");
    int end = parts.length;
    for (int k = 1; k < parts.length - 1; k++) if (words.isGenitive(parts[k])) end = k;
    boolean title = false;
    for (int k = 0; k < end; k++) {
      String w = parts[k];
      if (words.isTitle(w) || words.isTitle(NameWords.singular(w))) title = true;
      else if (!words.isTitleModifier(w)) return false;
    }
    return title;
  }

  /**
   * Whether {@code entity}, typed person, holds a capitalised function word after its first word
   * ({@code not.shown.work.title.words}: "Together Through Life", "Too Much and Never Enough"): the
   * title of a book, album or film, none of the three; no person's name holds one. Not a name that
   * a connector joins ("X of Y"), which may hold a person's name and an institution's, nor one that
   * opens with the plural of a noun of people ("Doctors Without Borders"), a group.
   */
  private boolean workTitle(Entity entity) {
    if (entity.type() != EntityType.PERSON) return false;
    String[] parts = entity.name().strip().split(" ");
    // "Sabrina Bennoui of Reporters Without Borders": a person's name joined to an institution's.
    if (Arrays.stream(parts).anyMatch(words::isConnector)) return false;
    // "Doctors Without Borders": a group of people named for what they do, an organisation.
    if (peoplePlural(parts[0])) return false;
    for (int k = 1; k < parts.length; k++) {
      // Title case, not capitals: "Democratic US" holds the United States, not "us".
      if (!NameWords.isAcronym(parts[k]) && words.cues().workTitleWords().contains(lower(parts[k]))) return true;
    }
    return false;
  }

  /**
   * Whether {@code word} is the plural of a noun of people by its agent ending
   * ({@code person.agent.endings} ending in "s": "Doctors", "Reporters"; not "Songs"); the
   * common-word list lacks many such nouns ("doctor"), so the ending alone decides.
   */
  private boolean peoplePlural(String word) {
    String w = lower(word);
    return word.length() >= 5 && !NameWords.isAcronym(word)
        && words.cues().agentEndings().stream().anyMatch(e -> e.endsWith("s") && w.endsWith(e));
  }

  /**
   * Whether {@code name} is a day or week of observance: its last word one of
   * {@code not.shown.day.endings}, its other words all common words ("Labor Day", "Election Day";
   * not "Doris Day").
   */
  private boolean dayOfObservance(String name) {
    String[] parts = name.split(" ");
    if (!words.cues().dayEndings().contains(lower(parts[parts.length - 1]))) return false;
    for (int k = 0; k < parts.length - 1; k++) if (!words.isCommonWord(parts[k])) return false;
    return true;
  }

  /**
   * Whether {@code entity} is a phrase of common words that ends in an abstract noun
   * ({@code not.shown.abstract.endings}: "Project Management", "Continuous Integration") and no cue
   * made an organisation: a field or an idea, none of the three types.
   */
  private boolean abstractNounPhrase(Entity entity) {
    if (entity.type() == EntityType.ORGANIZATION) return false;
    String[] parts = entity.name().strip().split(" ");
    if (!Arrays.stream(parts).allMatch(words::isCommonWord)) return false;
    String last = lower(parts[parts.length - 1]);
    return !words.isHeadWord(last) && words.cues().abstractEndings().stream().anyMatch(last::endsWith);
  }
}
