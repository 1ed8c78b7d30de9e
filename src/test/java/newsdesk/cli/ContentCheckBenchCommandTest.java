package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ContentCheckBenchCommandTest {
  @Test
  void countsVerdictsAndListsTheBodiesNotCalledArticles(@TempDir Path dir) throws Exception {
    String article = String.join(" ", java.util.Collections.nCopies(60, "word"));
    Path truth = dir.resolve("ground-truth.json");
    new ObjectMapper().writeValue(truth.toFile(), Map.of(
        "a", Map.of("articleBody", article),
        "b", Map.of("articleBody", "We use cookies to improve your experience.\n\nAccept all cookies")));
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("bench", "content-check", truth.toString())).isZero();
    assertThat(out.toString()).contains("2 bodies, 1 called articles (0.5000), 1 with a no-content phrase");
    assertThat(err.toString()).contains("b: NO_CONTENT_PAGE").doesNotContain(" a: ");
  }

  @Test
  void aMissingFileIsAUserError(@TempDir Path dir) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("bench", "content-check", dir.resolve("none.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("none.json: no such file");
  }
}
