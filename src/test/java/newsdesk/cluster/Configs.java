package newsdesk.cluster;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;

/**
 * Test-scope variants of {@link ClusteringConfig} by component name, so that tests and the tuning
 * harness do not build the record positionally (and need no change when a component is added).
 */
final class Configs {
  private Configs() {}

  /**
   * {@code base} with the record components named in {@code spec} ({@code "name=value,name=value"};
   * blank: unchanged) replaced. Values parse by the component's type: int, double, boolean,
   * {@link Duration} (ISO-8601, e.g. {@code PT72H}). The canonical constructor validates as usual:
   * its {@link IllegalArgumentException} reaches the caller as is.
   *
   * @throws IllegalArgumentException for an unknown component, a malformed entry or an invalid config
   */
  static ClusteringConfig with(ClusteringConfig base, String spec) {
    RecordComponent[] parts = ClusteringConfig.class.getRecordComponents();
    Object[] values = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        values[i] = parts[i].getAccessor().invoke(base);
        types[i] = parts[i].getType();
      }
      if (!spec.isBlank()) {
        for (String entry : spec.split(",")) {
          String[] kv = entry.split("=", 2);
          if (kv.length != 2) throw new IllegalArgumentException("config entry needs name=value: " + entry);
          int i = index(parts, kv[0].strip());
          values[i] = parse(types[i], kv[1].strip());
        }
      }
      return ClusteringConfig.class.getDeclaredConstructor(types).newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild ClusteringConfig reflectively", e);
    }
  }

  private static int index(RecordComponent[] parts, String name) {
    for (int i = 0; i < parts.length; i++) if (parts[i].getName().equals(name)) return i;
    throw new IllegalArgumentException("no ClusteringConfig component " + name);
  }

  private static Object parse(Class<?> type, String value) {
    if (type == int.class) return Integer.parseInt(value);
    if (type == double.class) return Double.parseDouble(value);
    if (type == boolean.class) return Boolean.parseBoolean(value);
    if (type == Duration.class) return Duration.parse(value);
    throw new IllegalArgumentException("unsupported ClusteringConfig component type " + type.getName());
  }
}
