package newsdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
  @TempDir Path dir;

  @Test
  void aDashReadsStandardInputNamedStdinInMessages() throws Exception {
    List<String> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int skipped = Pipes.withStdin("{\"id\":\"a\"}\n{not json\n{\"id\":\"b\"}\n",
        () -> JsonlReader.read(Path.of("-"), (object, line) -> read.add(object.get("id").asText()), problems::add));
    assertThat(read).containsExactly("a", "b");
    assertThat(skipped).isEqualTo(1);
    assertThat(problems).singleElement().asString().startsWith("stdin line 2 skipped: not JSON");
  }

  @Test
  void aPipeThatIsNoRegularFileIsReadAsAStream() throws Exception {
    Path pipe = Pipes.namedPipe(dir, "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    assertThat(InputFiles.problem(pipe)).isNull();
    List<String> read = new ArrayList<>();
    JsonlReader.read(pipe, (object, line) -> read.add(object.get("id").asText()), p -> {});
    assertThat(read).containsExactly("a", "b");
  }

  @Test
  void aMissingFileOrAFolderIsNamedAsSuch() {
    assertThat(InputFiles.problem(dir.resolve("missing.jsonl"))).isEqualTo("no such file");
    assertThat(InputFiles.problem(dir)).isEqualTo("a folder, not a file");
    assertThat(InputFiles.problem(Path.of("-"))).isNull();
  }

  @Test
  void everyUnusableLineIsSkippedInOneWordingAndTheOthersAreRead() throws Exception {
    Path file = dir.resolve("in.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(("{\"id\":\"a\"}\n" + "\n" + "{not json\n" + "[1, 2]\n" + "42\n" + "{\"id\":\"\"}\n").getBytes(StandardCharsets.UTF_8));
    bytes.write("{\"id\":\"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.write("\"}\n{\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    List<String> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int skipped = JsonlReader.read(file, (object, line) -> {
      String id = object.path("id").asText("");
      if (id.isEmpty()) throw new JsonlReader.BadLine("empty \"id\"");
      read.add(line + ":" + id);
    }, problems::add);
    assertThat(read).containsExactly("1:a", "8:b");
    assertThat(skipped).isEqualTo(5);
    assertThat(problems).hasSize(5);
    assertThat(problems.get(0)).startsWith(file + " line 3 skipped: not JSON (Unexpected character").doesNotContain("\n");
    assertThat(problems.subList(1, 5)).containsExactly(
        file + " line 4 skipped: not a JSON object",
        file + " line 5 skipped: not a JSON object",
        file + " line 6 skipped: empty \"id\"",
        file + " line 7 skipped: not UTF-8 text (byte 0xE9 at byte 11 of the line)");
  }

  @Test
  void anEmptyFileReadsNothingAndAMissingOneFails() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    assertThat(JsonlReader.read(empty, (o, n) -> { throw new AssertionError("no line"); }, p -> { throw new AssertionError(p); })).isZero();
    assertThatThrownBy(() -> JsonlReader.read(dir.resolve("missing.jsonl"), (o, n) -> {}, p -> {}))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aNoteNamesTheLineWithoutSayingSkipped() {
    assertThat(JsonlReader.note(Path.of("x.jsonl"), 4, "unreadable date 'soon', treated as unknown"))
        .isEqualTo("x.jsonl line 4: unreadable date 'soon', treated as unknown");
  }

  @Test
  void twoObjectsOrTrailingTextOnOneLineAreNamedNotHalfRead() throws Exception {
    // A missing newline between two objects lost the second one without a word.
    Path file = dir.resolve("joined.jsonl");
    Files.writeString(file, "{\"id\":\"a\"}{\"id\":\"b\"}\n{\"id\":\"c\"} trailing\n{\"id\":\"d\"}  \n");
    List<String> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int skipped = JsonlReader.read(file, (object, line) -> read.add(object.get("id").asText()), problems::add);
    assertThat(read).containsExactly("d");
    assertThat(skipped).isEqualTo(2);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith(file + " line 1 skipped: not JSON");
    assertThat(problems.get(1)).startsWith(file + " line 2 skipped: not JSON");
  }

  @Test
  void aByteOrderMarkStartingALaterLineIsPassedOver() throws Exception {
    // Files concatenated with cat keep each one's byte order mark at the start of a line.
    Path file = dir.resolve("concatenated.jsonl");
    Files.writeString(file, "\uFEFF{\"id\":\"a\"}\n\uFEFF{\"id\":\"b\"}\n");
    List<String> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    JsonlReader.read(file, (object, line) -> read.add(object.get("id").asText()), problems::add);
    assertThat(problems).isEmpty();
    assertThat(read).containsExactly("a", "b");
  }
}
