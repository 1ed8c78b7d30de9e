package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A connection whose setup fails is closed, not leaked with its file handle and WAL lock. */
class SqliteConnectionSetupTest {
  /** What a faked method does when called, given its arguments. */
  private interface Answer {
    Object answer(Object[] args) throws Throwable;
  }

  @Test
  void aConnectionWhosePragmaFailsIsClosed() {
    List<String> calls = new ArrayList<>();
    Statement failing = fake(Statement.class, calls, Map.of(
        "execute", args -> { throw new SQLException("database is locked (simulated)"); },
        "close", args -> null));
    Connection connection = fake(Connection.class, calls, Map.of(
        "createStatement", args -> failing,
        "close", args -> null));

    assertThatThrownBy(() -> SqliteDatabase.configured(connection)).isInstanceOf(SQLException.class)
        .hasMessageContaining("locked");
    assertThat(calls).as("the failed pragma's statement, then the connection, was closed").containsExactly(
        "Connection.createStatement", "Statement.execute(PRAGMA journal_mode=WAL)", "Statement.close", "Connection.close");
  }

  /**
   * A {@code type} that records each call in {@code calls} ({@code Type.method}, with a string
   * argument in parentheses) and answers it with {@code answers}; any other method fails the test,
   * naming the call the code under test made that this test does not expect.
   */
  private static <T> T fake(Class<T> type, List<String> calls, Map<String, Answer> answers) {
    Object fake = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
      if (m.getDeclaringClass() == Object.class) return objectMethod(proxy, m, args, type);
      String call = type.getSimpleName() + "." + m.getName()
          + (args != null && args.length == 1 && args[0] instanceof String s ? "(" + s + ")" : "");
      calls.add(call);
      Answer answer = answers.get(m.getName());
      if (answer == null) throw new AssertionError("unexpected call " + call + " on the fake " + type.getSimpleName() + "; calls so far: " + calls);
      return answer.answer(args);
    });
    return type.cast(fake);
  }

  /** {@code equals}, {@code hashCode} and {@code toString} of a fake, as an object's identity has them. */
  private static Object objectMethod(Object proxy, Method m, Object[] args, Class<?> type) {
    return switch (m.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "fake " + type.getSimpleName();
    };
  }
}
