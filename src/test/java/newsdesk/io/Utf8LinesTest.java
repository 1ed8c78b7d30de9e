package newsdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8LinesTest {
  @TempDir Path dir;

  private Path file(byte[]... parts) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] p : parts) all.write(p);
    return Files.write(dir.resolve("in.jsonl"), all.toByteArray());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> readAll(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (Utf8Lines in = Utf8Lines.open(file)) {
      for (String l; (l = in.readLine()) != null; ) out.add(in.lineNumber() + ":" + l);
    }
    return out;
  }

  @Test
  void splitsLinesAsBufferedReaderDoes() throws IOException {
    assertThat(readAll(file(utf8("a\nb\r\nc\rd\n\ncafé ✓")))).containsExactly("1:a", "2:b", "3:c", "4:d", "5:", "6:café ✓");
    assertThat(readAll(file(utf8("only\n")))).containsExactly("1:only");
    assertThat(readAll(file(new byte[0]))).isEmpty();
  }

  @Test
  void dropsAByteOrderMarkOpeningTheFile() throws IOException {
    assertThat(readAll(file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("{}\n")))).containsExactly("1:{}");
  }

  @Test
  void aLatin1LineFailsAloneNamingTheFileTheLineAndTheByte() throws IOException {
    Path f = file(utf8("{\"id\":\"a\"}\n{\"title\":\"caf"), new byte[] {(byte) 0xE9}, utf8("\"}\n{\"id\":\"c\"}\n"));
    try (Utf8Lines in = Utf8Lines.open(f)) {
      assertThat(in.readLine()).isEqualTo("{\"id\":\"a\"}");
      assertThatThrownBy(in::readLine).isInstanceOfSatisfying(Utf8Lines.NotUtf8Exception.class, e -> {
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.getMessage()).isEqualTo(f + " line 2: not UTF-8 text (byte 0xE9 at byte 14 of the line)");
        assertThat(e.problem()).startsWith("not UTF-8 text");
      });
      assertThat(in.readLine()).isEqualTo("{\"id\":\"c\"}");
      assertThat(in.lineNumber()).isEqualTo(3);
      assertThat(in.readLine()).isNull();
    }
  }

  @Test
  void aBadByteFarIntoALongFileIsFoundOnItsOwnLine() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5000; i++) sb.append("{\"id\":\"").append(i).append("\"}\n");
    Path f = file(utf8(sb.toString()), new byte[] {'x', (byte) 0xFF, '\n'});
    List<Integer> bad = new ArrayList<>();
    int good = 0;
    try (Utf8Lines in = Utf8Lines.open(f)) {
      while (true) {
        try {
          if (in.readLine() == null) break;
          good++;
        } catch (Utf8Lines.NotUtf8Exception e) {
          bad.add(e.line());
        }
      }
    }
    assertThat(good).isEqualTo(5000);
    assertThat(bad).containsExactly(5001);
  }

  @Test
  void aMissingFileFailsAsNio() {
    assertThatThrownBy(() -> Utf8Lines.open(dir.resolve("none.jsonl"))).isInstanceOf(NoSuchFileException.class);
  }
}
