package newsdesk.extract;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * readability4j 1.0.8, the best Java extractor on Maven Central, loaded in its own class loader
 * from the jars the build copies to {@code target/peers} (readability4j, its jsoup 1.11.2 and
 * Kotlin runtime), so that its jsoup never meets ours. For benchmarks only.
 */
public final class PeerExtractor implements AutoCloseable {
  private final URLClassLoader loader;
  private final Constructor<?> constructor;
  private final Method parse;
  private final Method textContent;

  private PeerExtractor(URLClassLoader loader) throws ReflectiveOperationException {
    this.loader = loader;
    Class<?> readability = Class.forName("net.dankito.readability4j.Readability4J", true, loader);
    this.constructor = readability.getConstructor(String.class, String.class);
    this.parse = readability.getMethod("parse");
    this.textContent = Class.forName("net.dankito.readability4j.Article", true, loader).getMethod("getTextContent");
  }

  /** Loads readability4j from the jars in {@code dir}; an exception says what is missing. */
  public static PeerExtractor load(Path dir) throws IOException {
    List<URL> jars = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) jars.add(p.toUri().toURL());
      }
    }
    if (jars.isEmpty()) throw new IOException("no readability4j jars in " + dir + " (run the Maven build)");
    URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    try {
      return new PeerExtractor(loader);
    } catch (ReflectiveOperationException | LinkageError e) {
      loader.close();
      throw new IOException("cannot load readability4j from " + dir + ": " + e, e);
    }
  }

  /** readability4j's text of {@code html}, or "" when it fails on the page. */
  public String text(String url, String html) {
    try {
      Object article = parse.invoke(constructor.newInstance(url, html));
      Object text = textContent.invoke(article);
      return text == null ? "" : text.toString();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "";
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
