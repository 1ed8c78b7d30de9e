package newsdesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Renders {@code {"stories": [STORY, ...]}}, compact (one line), as every JSON newsdesk prints. */
public final class JsonDigestRenderer implements DigestRenderer {
  private final ObjectMapper json = mapper();

  /**
   * The mapper every JSON output uses: times as ISO-8601 UTC instants to the second
   * ({@code 2026-11-29T21:37:05Z}), pretty printed. Stored times carry the clock's full precision
   * (they order admissions); a reader or a client parsing the API has no use for nanoseconds.
   */
  public static ObjectMapper mapper() {
    SimpleModule seconds = new SimpleModule("instants-to-the-second").addSerializer(Instant.class, new SecondsInstant());
    return new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(seconds)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** Writes an instant truncated to the second, in ISO-8601 form. */
  private static final class SecondsInstant extends ToStringSerializerBase {
    SecondsInstant() {
      super(Instant.class);
    }

    @Override
    public String valueToString(Object value) {
      return ((Instant) value).truncatedTo(ChronoUnit.SECONDS).toString();
    }
  }

  @Override
  public String render(List<DigestStory> stories) {
    try {
      // Compact, one document on one line, as the API and `search --format json` write it.
      return json.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("stories", stories)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the digest", e);
    }
  }
}
