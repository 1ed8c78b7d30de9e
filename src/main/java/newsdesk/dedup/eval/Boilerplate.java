package newsdesk.dedup.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The outlet furniture the benchmark wraps around copies ({@code eval-boilerplate.txt}).
 *
 * @param headers lines put before an article
 * @param footers lines put after it
 */
public record Boilerplate(List<String> headers, List<String> footers) {
  public Boilerplate {
    headers = List.copyOf(headers);
    footers = List.copyOf(footers);
    if (headers.isEmpty() || footers.isEmpty()) {
      throw new IllegalArgumentException("boilerplate needs at least one header and one footer");
    }
  }

  /** The bundled furniture. */
  public static Boilerplate bundled() {
    String path = "/newsdesk/dedup/eval-boilerplate.txt";
    List<String> headers = new ArrayList<>();
    List<String> footers = new ArrayList<>();
    try (InputStream in = Boilerplate.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("resource " + path + " is missing from the classpath");
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith("header:")) headers.add(line.substring(7).strip());
        else if (line.startsWith("footer:")) footers.add(line.substring(7).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
    return new Boilerplate(headers, footers);
  }
}
