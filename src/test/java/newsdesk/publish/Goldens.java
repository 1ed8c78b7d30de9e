package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the publish package, under {@code src/test/resources/newsdesk/publish}. On a
 * mismatch the actual output is written to {@code target/golden-actual/NAME} so that a deliberate
 * change of format can be reviewed with a diff and copied over the golden file.
 */
final class Goldens {
  private Goldens() {}

  static void assertMatches(String name, String actual) throws IOException {
    String expected = null;
    try (InputStream in = Goldens.class.getResourceAsStream(name)) {
      if (in != null) expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!actual.equals(expected)) {
      Path out = Path.of("target", "golden-actual", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("output against golden %s (actual written to target/golden-actual/%s)", name, name)
        .isEqualTo(expected);
  }
}
