package newsdesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;

/** Renders {@code {"stories": [STORY, ...]}}. */
public final class JsonDigestRenderer implements DigestRenderer {
  private final ObjectMapper json = mapper();

  /** The mapper every JSON output uses: ISO-8601 times, pretty printed. */
  public static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  @Override
  public String render(List<DigestStory> stories) {
    try {
      return json.writeValueAsString(Map.of("stories", stories)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the digest", e);
    }
  }
}
