package newsdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The cue-word lists of the entity extractor, read from {@code newsdesk/text/entity-cues.properties},
 * and, through {@link EntityLists}, its list of well-known places, read from {@code newsdesk/text/places.txt}, and of buildings
 * and rooms with their type, {@code newsdesk/text/buildings.txt}. Every set and key holds
 * lower case.
 *
 * @param places          well-known place names (possibly several words, joined by single spaces)
 * @param splittablePlaces the places that are not also common given names or surnames: only these
 *                         are split off the front of a longer run ("Vermont Bernie Sanders") and
 *                         kept apart from a longer name that contains them ("Texas" beside
 *                         "Texas Rangers")
 * @param titleModifiers  words that are part of the title right after them ("Vice President")
 * @param personVerbsBefore speech verbs that put their speaker after them ("said Kosgei")
 * @param nameContinuations lower-case prepositions that go on with an institution's name after
 *                        its head word ("Commission on ...", "Committee of ...")
 * @param addresseeWords  words of speech and messages after which a place preposition names an
 *                        addressee or a source, no place ("explained to X", "questions from X")
 * @param kindModifiers   adjectives of parties and movements ("democratic", "republican"): two of
 *                        them, or two demonyms, joined by "and" before a head word name two
 *                        organisations or places ("Democratic and Republican Party")
 * @param personNounsBefore lower-case nouns of kinship right before a person's name ("his wife
 *                        Mary"), which are no title
 * @param nameParticles   particles inside a person's name ("al", "bin"), which join it like connectors
 * @param nameConnectors  lower-case words and signs that join two capitalised parts of one name
 *                        ("of", "van", "&amp;")
 * @param innerNameConnectors the connectors that join two names but never open one ("of", "&amp;")
 * @param genitives       the preposition of "X of Y" that ties a name, title or common noun to what
 *                        it belongs to ("of")
 * @param domainPrepositions prepositions after a title or head word that open its domain ("of", "for")
 * @param conjunctions    conjunctions that join two names, or two fields inside one ("and")
 * @param buildings       buildings, rooms and grounds the cues would type wrongly, with their type:
 *                        an organisation when the name stands for the institution housed there
 *                        ("white house", "kremlin"), a place when it is where something happens
 *                        ("oval office"); read from {@code newsdesk/text/buildings.txt}
 * @param commonWords     common English words (newsdesk/text/common-words.txt), which are no
 *                        given names and describe rather than name
 * @param locationModifiers words of direction in front of a place that make a region of it
 *                        ("Central Italy", "northern Chile")
 * @param fieldEndings    endings of the name of a field of study ("Volcanology", "Geophysics"),
 *                        which "and" joins to an institution's name like a common word
 * @param notShownOpeners first words of names that are no person, organisation or place (storms:
 *                        "Hurricane Humberto"): kept as features, never shown
 * @param notShownEndings last words of such names ("Middle East Respiratory Syndrome", "Zika Virus")
 * @param notShownNameEndings last words of capitalised names of events and documents ("World War
 *                        II" aside, "Iraq War", "Voting Rights Act", "United States Constitution"):
 *                        kept as features, never shown; unlike {@code notShownEndings} they never
 *                        join a lower-case word to a name
 * @param notShownNames   whole names that are none of the three, kept as features, never shown:
 *                        adjectives and nouns of nationality, region or religion
 *                        ({@code newsdesk/text/demonyms.txt}: "British", "Russians") and diseases,
 *                        chemicals, deities ({@code newsdesk/text/not-shown-names.txt}: "COVID-19",
 *                        "Novichok", "God")
 * @param capitalisedNameLanguages languages (ISO 639-3) that capitalise names only, not nouns:
 *                        a capitalised run inside a sentence is a name there
 * @param knownPlaceLanguages languages that capitalise every noun (German): only well-known places
 * @param stopAbbreviations words written with a full stop that stays theirs ("Jr.", "Inc.", "St."),
 *                       lower case without the stop; any other word's stop stuck to it ends the sentence
 * @param notShownMarks  characters that no shown name contains: an editor's insertion
 *                       ("Australian[s]") or wiki markup ("File:Jane Doe (cropped).jpg") cut a
 *                       fragment out of the text; kept as features, never shown
 * @param shoutedWordMinLetters the fewest letters of a lone word in capitals that is a common word
 *                       written for emphasis ("RIGHT", "ZERO"), not an acronym; shorter ones
 *                       ("WHO", "PET") are taken for acronyms
 * @param agentEndings    endings that make a person of a common word ("forecast" + "er"): a
 *                        sentence-initial plural so made ("Forecasters") is no name
 * @param honours         honours a state confers on a person ({@code newsdesk/text/honours.txt},
 *                        possibly several words: "bharat ratna"): written before a name they are
 *                        a title, never part of it; alone they are none of the three, never shown
 * @param organizationNounsBefore lower-case nouns of a kind of organisation right before its name
 *                        ("the rock band X", "the airline X"): an organisation cue
 * @param locationNounsBefore lower-case nouns of a kind of place right before its name, or before
 *                        "of" and the name ("the capital X", "the state of X"): a place cue
 * @param personNounsNamed lower-case nouns of people before "named" or "called" and a name ("a
 *                        student named X"): a person cue, where "named" alone is none
 * @param personRelativesAfter relative pronouns after a name, with or without a comma, that only
 *                        a person takes ("X, who said ..."): a person cue
 * @param abstractEndings endings of abstract nouns ("management", "integration"): a name of common
 *                        words that ends in one, without an organisation's cue, names a field or
 *                        an idea ("Project Management"), none of the three; never shown
 * @param sentenceStartNotEntities prepositions, conjunctions and adverbs that are no name when they open a
 *                        sentence ("Unlike Biden, ...", "Afterwards X visited"), though inside one they may be part of a
 *                        name ("Reporters Without Borders")
 * @param locationPrefixes first words of place names ("Port", "Fort", "Lake", "Cape"): a name of two
 *                        or more words that opens with one is a place
 * @param publicationWords words of publishing a few words before a place preposition ("published
 *                        on Monday in X"): X is a journal or outlet, an organisation, no place
 * @param adjectiveOrganizationHeads place head words that after a party's, movement's or nation's
 *                        adjective name a group or government ("Islamic State"), no territory
 * @param participleEndings endings of participles and gerunds ("Born", "Raised"): such a word
 *                        opening a sentence, a verb when read in lower case, is no part of a name
 * @param workTitleWords  function words that no person's name holds after its first word; a name
 *                        typed person that holds one is the title of a work ("Together Through Life")
 * @param dayEndings      last words of days and weeks of observance ("Labor Day"): a name of common
 *                        words ending in one is none of the three
 * @param titleEndings    endings of professions ("Immunologist") that open a sentence before a
 *                        person's name: a title there
 * @param titleCompoundEndings the same after a common word of five letters or more ("Businessman")
 * @param outlets        well-known outlets whose names end in no head word ("scientific american",
 *                        {@code newsdesk/text/outlets.txt}, words joined by single spaces): organisations
 * @param partyNouns      nouns of a party's members ("democrat", "tory"): capitalised before a
 *                        person's name they are no part of it ("Democrat Jane Doe")
 */
record EntityCues(
    Set<String> personTitles,
    Set<String> titleModifiers,
    Set<String> personVerbs,
    Set<String> personVerbsBefore,
    Set<String> personNounsBefore,
    Set<String> addresseeWords,
    Set<String> kindModifiers,
    Set<String> nameContinuations,
    Set<String> organizationSuffixes,
    Set<String> organizationPrefixes,
    Set<String> locationSuffixes,
    Set<String> locationPrepositions,
    Set<String> notEntities,
    Set<String> nameOpeners,
    Set<String> places,
    Set<String> splittablePlaces,
    Set<String> nameParticles,
    Set<String> nameConnectors,
    Set<String> innerNameConnectors,
    Set<String> genitives,
    Set<String> domainPrepositions,
    Set<String> conjunctions,
    java.util.Map<String, EntityType> buildings,
    Set<String> commonWords,
    Set<String> locationModifiers,
    Set<String> fieldEndings,
    Set<String> notShownOpeners,
    Set<String> notShownEndings,
    Set<String> notShownNameEndings,
    Set<String> notShownNames,
    Set<String> agentEndings,
    Set<String> capitalisedNameLanguages,
    Set<String> knownPlaceLanguages,
    Set<String> stopAbbreviations,
    Set<String> notShownMarks,
    int shoutedWordMinLetters,
    Set<String> honours,
    Set<String> organizationNounsBefore,
    Set<String> locationNounsBefore,
    Set<String> personNounsNamed,
    Set<String> personRelativesAfter,
    Set<String> abstractEndings,
    Set<String> sentenceStartNotEntities,
    Set<String> locationPrefixes,
    Set<String> publicationWords,
    Set<String> adjectiveOrganizationHeads,
    Set<String> participleEndings,
    Set<String> workTitleWords,
    Set<String> dayEndings,
    Set<String> titleEndings,
    Set<String> titleCompoundEndings,
    Set<String> partyNouns,
    Set<String> outlets) {

  private static final String RESOURCE = "/newsdesk/text/entity-cues.properties";

  /** The cues of {@code entity-cues.properties} and the list resources ({@link EntityLists}). */
  static EntityCues load() {
    Properties p = new Properties();
    try (InputStream in = EntityCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)); // UTF-8, not the ISO 8859-1 of Properties.load(InputStream): "café"
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new EntityCues(
        words(p, "person.titles"),
        words(p, "person.title.modifiers"),
        words(p, "person.verbs"),
        words(p, "person.verbs.before"),
        words(p, "person.nouns.before"),
        union(words(p, "location.prepositions.addressee.after"), words(p, "location.prepositions.comparison.after")),
        words(p, "organization.kind.modifiers"),
        words(p, "organization.name.continuations"),
        union(words(p, "organization.suffixes"), words(p, "organization.teams")),
        words(p, "organization.prefixes"),
        words(p, "location.suffixes"),
        words(p, "location.prepositions"),
        union(words(p, "not.entities"), words(p, "not.entities.abbreviations")),
        words(p, "name.openers"),
        EntityLists.places(false),
        EntityLists.places(true),
        words(p, "person.name.particles"),
        words(p, "name.connectors"),
        words(p, "name.connectors.inner"),
        words(p, "name.genitives"),
        words(p, "name.domain.prepositions"),
        words(p, "name.conjunctions"),
        EntityLists.buildingTypes(),
        Set.copyOf(EntityLists.lines(EntityLists.COMMON_WORDS)),
        words(p, "location.modifiers"),
        words(p, "organization.field.endings"),
        words(p, "not.shown.openers"),
        words(p, "not.shown.endings"),
        words(p, "not.shown.name.endings"),
        union(union(Set.copyOf(EntityLists.lines(EntityLists.DEMONYMS)), Set.copyOf(EntityLists.lines(EntityLists.NOT_SHOWN_NAMES))), EntityLists.honours()),
        words(p, "person.agent.endings"),
        words(p, "entity.languages.capitalised.names"),
        words(p, "entity.languages.known.places"),
        words(p, "abbreviations.with.stop"),
        words(p, "not.shown.marks"),
        Integer.parseInt(p.getProperty("not.shown.shouted.word.min.letters", "4").strip()),
        EntityLists.honours(),
        words(p, "organization.nouns.before"),
        words(p, "location.nouns.before"),
        words(p, "person.nouns.named"),
        words(p, "person.relatives.after"),
        words(p, "not.shown.abstract.endings"),
        union(words(p, "not.entities.sentence.start"), words(p, "not.entities.sentence.start.adverbs")),
        words(p, "location.prefixes"),
        words(p, "organization.prepositions.publication.after"),
        words(p, "organization.heads.after.adjective"),
        words(p, "sentence.start.participle.endings"),
        words(p, "not.shown.work.title.words"),
        words(p, "not.shown.day.endings"),
        words(p, "person.title.endings"),
        words(p, "person.title.compound.endings"),
        words(p, "person.party.nouns"),
        EntityLists.lines(EntityLists.OUTLETS).stream().map(name -> name.replaceAll("\\s+", " ")).collect(java.util.stream.Collectors.toUnmodifiableSet()));
  }

  /** The rule that finds names in text of {@code language} (ISO 639-3). */
  EntityExtractor.Rule ruleOf(String language) {
    String code = language.toLowerCase(Locale.ROOT);
    if (code.equals("eng") || code.equals(DetectedLanguage.UNDETERMINED)) return EntityExtractor.Rule.ENGLISH;
    if (capitalisedNameLanguages.contains(code)) return EntityExtractor.Rule.CAPITALISED_NAMES;
    if (knownPlaceLanguages.contains(code)) return EntityExtractor.Rule.KNOWN_PLACES;
    return EntityExtractor.Rule.NONE;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static Set<String> words(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) throw new IllegalStateException(RESOURCE + " lacks " + key);
    return Set.copyOf(java.util.Arrays.asList(value.trim().toLowerCase(Locale.ROOT).split("\\s+")));
  }
}
