package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void reportsWorkDoneAndStaysQuietAboutNothingToDo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    progress.start("Writing briefs", 0);
    progress.finish();
    progress.start("Reading articles", 2);
    progress.advance();
    progress.advance();
    progress.finish();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).doesNotContain("Writing briefs").startsWith("Reading articles: 2 done in ");
  }
}
