package newsdesk.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.BufferedReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Precision and recall of an {@link EntityExtractor} on hand-annotated texts: JSONL lines
 * {@code {"id","text","entities":[{"name","type","aliases":[...]}],"ignore":[...]}}. A found entity
 * is correct when its name is an annotated name or alias (case-insensitive); with the type too for
 * the typed figures; a found name that is the canonical name of a well-known entity
 * ({@link EntityAliases}: "United States") also matches an annotation that names it by another of
 * its forms ("US"), which is all the text may show. Names in {@code ignore} (events, ships, nationalities that the annotator chose
 * not to judge) count neither way. Each annotated entity is found at most once.
 */
public final class EntityBenchmark {
  /** Counts over the sample; typed counts need the right type as well. */
  public record Score(int found, int annotated, int matched, int typedMatched) {
    public double precision() {
      return found == 0 ? 0 : (double) matched / found;
    }

    public double recall() {
      return annotated == 0 ? 0 : (double) matched / annotated;
    }

    public double typedPrecision() {
      return found == 0 ? 0 : (double) typedMatched / found;
    }

    public double typedRecall() {
      return annotated == 0 ? 0 : (double) typedMatched / annotated;
    }
  }

  private EntityBenchmark() {}

  public static Score score(BufferedReader annotations, EntityExtractor extractor, Consumer<String> details) {
    return score(annotations, extractor, e -> true, details);
  }

  /**
   * As {@link #score(BufferedReader, EntityExtractor, Consumer)} for the entities that {@code counted}
   * accepts only: with {@link EntityExtractor#worthShowing}, the entities a reader sees on pages.
   */
  public static Score score(BufferedReader annotations, EntityExtractor extractor, java.util.function.Predicate<Entity> counted,
      Consumer<String> details) {
    ObjectMapper json = new ObjectMapper();
    EntityAliases aliases = EntityAliases.load();
    int found = 0;
    int annotated = 0;
    int matched = 0;
    int typed = 0;
    try {
      String line;
      while ((line = annotations.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode doc = json.readTree(line);
        Map<String, Integer> goldIndex = new HashMap<>();
        List<JsonNode> gold = new java.util.ArrayList<>();
        for (JsonNode e : doc.get("entities")) {
          int k = gold.size();
          gold.add(e);
          goldIndex.put(key(e.get("name").asText()), k);
          for (JsonNode a : e.path("aliases")) goldIndex.put(key(a.asText()), k);
        }
        Set<String> ignore = new HashSet<>();
        for (JsonNode i : doc.path("ignore")) ignore.add(key(i.asText()));
        Set<Integer> hit = new HashSet<>();
        for (Entity e : extractor.extract(doc.get("text").asText())) {
          if (!counted.test(e)) continue;
          String k = key(e.name());
          Integer g = goldIndex.get(k);
          for (String form : aliases.namesOf(e.name())) {
            if (g == null) g = goldIndex.get(key(form));
          }
          if (g == null && aliases.namesOf(e.name()).stream().map(EntityBenchmark::key).anyMatch(ignore::contains)) continue;
          found++;
          if (g == null || hit.contains(g)) {
            details.accept(doc.get("id").asText() + ": wrong " + e.name() + " " + e.type());
            continue;
          }
          hit.add(g);
          matched++;
          if (gold.get(g).get("type").asText().equals(e.type().name())) {
            typed++;
          } else {
            details.accept(doc.get("id").asText() + ": type " + e.name() + " " + e.type() + " (gold " + gold.get(g).get("type").asText() + ")");
          }
        }
        annotated += gold.size();
        for (int k = 0; k < gold.size(); k++) {
          if (!hit.contains(k)) details.accept(doc.get("id").asText() + ": missed " + gold.get(k).get("name").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entity annotations", e);
    }
    return new Score(found, annotated, matched, typed);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace(" '", "'").trim();
  }
}
