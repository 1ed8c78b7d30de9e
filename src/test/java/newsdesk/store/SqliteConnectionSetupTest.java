package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A connection whose setup fails is closed, not leaked with its file handle and WAL lock. */
class SqliteConnectionSetupTest {
  @Test
  void aConnectionWhosePragmaFailsIsClosed() {
    AtomicBoolean closed = new AtomicBoolean();
    Statement failing = (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
        (proxy, m, args) -> switch (m.getName()) {
          case "execute" -> throw new SQLException("database is locked (simulated)");
          case "close" -> null;
          default -> throw new UnsupportedOperationException(m.getName());
        });
    Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, m, args) -> switch (m.getName()) {
          case "createStatement" -> failing;
          case "close" -> { closed.set(true); yield null; }
          default -> throw new UnsupportedOperationException(m.getName());
        });

    assertThatThrownBy(() -> SqliteDatabase.configured(connection)).isInstanceOf(SQLException.class)
        .hasMessageContaining("locked");
    assertThat(closed).as("the connection was closed").isTrue();
  }
}
