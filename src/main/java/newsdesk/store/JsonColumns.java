package newsdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import newsdesk.summarize.Brief;

/**
 * Encodes the values kept as JSON text in a column (article authors, brief bodies). Reading ignores
 * properties the record no longer has, so a brief written by an older version stays readable.
 */
final class JsonColumns {
  private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** {@code value} as JSON text. */
  String encode(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  /** The brief stored as {@code text}. */
  Brief brief(String text) {
    try {
      return json.readValue(text, new TypeReference<Brief>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("stored brief is not readable", e);
    }
  }
}
