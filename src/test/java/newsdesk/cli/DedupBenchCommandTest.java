package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DedupBenchCommandTest {
  @Test
  void aMissingCorpusIsAUserError(@TempDir Path dir) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("bench", "dedup", dir.resolve("nope.jsonl").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("nope.jsonl").contains("no such corpus file").doesNotContain("Exception");
  }

  @Test
  void aCorpusWithoutArticlesIsAUserError(@TempDir Path dir) throws Exception {
    Path corpus = Files.writeString(dir.resolve("c.jsonl"), "not json\n{\"id\":\"x\"}\n");
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("bench", "dedup", corpus.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("at least two articles");
  }
}
