package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterCommandTest {
  @TempDir Path dir;

  @Test
  void printsOneLinePerArticleInInputOrderAndSkipsBadLines() throws Exception {
    String quake = "A magnitude 6.1 earthquake struck near the coastal town of Ferrovia, killing twelve people, officials said.";
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\":\"a\",\"date\":\"2026-03-01T08:00:00Z\",\"title\":\"Quake in Ferrovia\",\"text\":\"" + quake + "\"}",
        "not json",
        "{\"id\":\"b\",\"date\":null,\"title\":\"\",\"text\":\"" + quake + " Rescue teams searched the rubble.\"}",
        "{\"id\":\"c\",\"date\":\"yesterday\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget after a long debate.\"}",
        "{\"id\":\"d\",\"date\":\"2026-03-02\",\"title\":\"\",\"text\":\"\"}")
        + "\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    PrintStream saved = System.out;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cl = Main.commandLine();
      cl.setErr(new PrintWriter(err));
      code = cl.execute("cluster", "--jsonl", input.toString());
    } finally {
      System.setOut(saved);
    }
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactly("a\ta", "b\ta", "c\tc", "d\td");
  }

  @Test
  void aDuplicateIdIsNamedWithItsLinesAndKeepsOneOutputLinePerInputLine() throws Exception {
    Path input = dir.resolve("dup.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\":\"x\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget after a long debate.\"}",
        "{\"id\":\"y\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget after a long debate on Monday.\"}",
        "{\"id\":\"y\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget after a long debate on Tuesday.\"}") + "\n");
    CliRun r = CliRun.of("cluster", "--no-embeddings", "--jsonl", input.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSize(3);
    assertThat(r.err()).contains("newsdesk cluster: " + input + " line 3: duplicate id \"y\" (also on line 2)");
  }

  @Test
  void articlesComeFromStandardInputOrAPipe() throws Exception {
    String lines = "{\"id\":\"a\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget.\"}\nnot json\n";
    CliRun dash = newsdesk.io.Pipes.withStdin(lines, () -> CliRun.of("cluster", "--no-embeddings", "--jsonl", "-"));
    assertThat(dash.exit()).as(dash.err()).isZero();
    assertThat(dash.out()).isEqualTo("a\ta\n");
    assertThat(dash.err()).contains("newsdesk cluster: stdin line 2 skipped: not JSON");
    Path pipe = newsdesk.io.Pipes.namedPipe(dir, lines);
    CliRun piped = CliRun.of("cluster", "--no-embeddings", "--jsonl", pipe.toString());
    assertThat(piped.exit()).as(piped.err()).isZero();
    assertThat(piped.out()).isEqualTo("a\ta\n");
  }

  @Test
  void aLineThatIsNotUtf8IsNamedAndSkipped() throws Exception {
    Path input = dir.resolve("latin1.jsonl");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write("{\"id\":\"a\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget.\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.write("{\"id\":\"b\",\"title\":\"Caf".getBytes(StandardCharsets.ISO_8859_1));
    bytes.write(0xE9);
    bytes.write("\",\"text\":\"A new caf\u00e9 opened.\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(input, bytes.toByteArray());
    CliRun r = CliRun.of("cluster", "--no-embeddings", "--jsonl", input.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().toList()).containsExactly("a\ta");
    assertThat(r.err()).contains("newsdesk cluster: " + input + " line 2 skipped: not UTF-8 text (byte 0xE9 at byte 23 of the line)\n")
        .doesNotContain("Input length");
  }

  @Test
  void aFileWithNoUsableLineFailsAndAnEmptyFileDoesNot() throws Exception {
    Path input = dir.resolve("bad.jsonl");
    Files.writeString(input, "not json\n{\"title\":\"no id\",\"text\":\"Parliament met.\"}\n");
    CliRun r = CliRun.of("cluster", "--no-embeddings", "--jsonl", input.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(input + " line 1 skipped: not JSON (", input + " line 2 skipped: no \"id\"\n");
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
    CliRun none = CliRun.of("cluster", "--no-embeddings", "--jsonl", empty.toString());
    assertThat(none.exit()).isZero();
    assertThat(none.out()).isEmpty();
  }

  @Test
  void missingFileIsAUserError() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("cluster", "--jsonl", dir.resolve("missing.jsonl").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("missing.jsonl").doesNotContain("Exception");
  }

  @Test
  void anIdTheTabSeparatedOutputCannotCarryIsNamedAndSkipped() throws Exception {
    // A tab or line break inside an id would split its 'id<TAB>story' line into other columns or lines.
    Path input = dir.resolve("ids.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\":\"a\\tb\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget.\"}",
        "{\"id\":\"c\\nd\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget.\"}",
        "{\"id\":\"\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget.\"}",
        "{\"id\":\"ok\",\"title\":\"Budget\",\"text\":\"Parliament approved the budget.\"}") + "\n");
    CliRun r = CliRun.of("cluster", "--no-embeddings", "--jsonl", input.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("ok\tok\n");
    assertThat(r.err())
        .contains(input + " line 1 skipped: \"id\" holds a tab or line break")
        .contains(input + " line 2 skipped: \"id\" holds a tab or line break")
        .contains(input + " line 3 skipped: empty \"id\"");
  }
}
