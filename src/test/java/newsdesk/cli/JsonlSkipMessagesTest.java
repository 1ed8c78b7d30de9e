package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that reads JSONL words a skipped line the same way: {@code newsdesk CMD: FILE line N skipped: PROBLEM}. */
class JsonlSkipMessagesTest {
  @TempDir Path dir;

  @Test
  void clusterAndSummarizeReportTheSameBadLinesInTheSameWords() throws Exception {
    Path file = dir.resolve("mixed.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(("{not json\n" + "[\"an\", \"array\"]\n" + "{\"title\":\"No id\",\"text\":\"Nobody knows.\",\"articles\":[]}\n")
        .getBytes(StandardCharsets.UTF_8));
    bytes.write("{\"id\":\"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.write(("\"}\n" + "{\"id\":\"ok\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget.\","
        + "\"articles\":[{\"title\":\"Budget\",\"text\":\"Parliament approved the budget on Monday.\"}]}\n")
        .getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());

    CliRun cluster = CliRun.of("cluster", "--no-embeddings", "--jsonl", file.toString());
    CliRun summarize = CliRun.of("summarize", "--jsonl", file.toString());
    assertThat(cluster.out()).isEqualTo("ok\tok\n");
    assertThat(summarize.out()).contains("\"id\":\"ok\"");

    List<String> fromCluster = skips(cluster.err(), "newsdesk cluster: ");
    List<String> fromSummarize = skips(summarize.err(), "newsdesk summarize: ");
    assertThat(fromCluster).isEqualTo(fromSummarize).hasSize(4);
    assertThat(fromCluster.get(0)).startsWith(file + " line 1 skipped: not JSON (");
    assertThat(fromCluster.subList(1, 4)).containsExactly(
        file + " line 2 skipped: not a JSON object",
        file + " line 3 skipped: no \"id\"",
        file + " line 4 skipped: not UTF-8 text (byte 0xE9 at byte 11 of the line)");
  }

  /** The skip messages of {@code err}, each from a line that starts with the command's {@code prefix}. */
  private static List<String> skips(String err, String prefix) {
    List<String> lines = err.lines().filter(l -> l.contains(" skipped: ")).toList();
    assertThat(lines).allSatisfy(l -> assertThat(l).startsWith(prefix));
    return lines.stream().map(l -> l.substring(prefix.length())).toList();
  }
}
