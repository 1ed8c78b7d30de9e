package newsdesk.web;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Keeps the request target (path and query as sent) of a request line Jetty cannot parse, such as
 * a path with {@code %00}. Jetty refuses such a line while it reads it and hands its error handler
 * a stand-in request for {@code /badMessage} without the path or a header, so nothing would tell a
 * page (the HTML error page) from an API call (its JSON error): {@link ServerErrors} asks
 * {@link #of} instead. The target is kept on the connection, which Jetty closes after a bad
 * request line, so it never outlives the one request it belongs to.
 *
 * <p>Relies on Jetty's {@code HttpConnection.newHttpStream}, the one place the target is parsed
 * (checked by {@code ServerErrorsTest}).
 */
final class UnreadTargets {
  private UnreadTargets() {}

  /** Makes every HTTP/1 connector of {@code server} keep unreadable targets, as it starts. */
  static void install(Server server) {
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        for (Connector connector : server.getConnectors()) {
          if (!(connector instanceof AbstractConnector c)) continue;
          HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
          if (http == null || http instanceof Factory) continue;
          c.removeConnectionFactory(http.getProtocol());
          c.addFirstConnectionFactory(new Factory(http));
        }
      }
    });
  }

  /** The target of {@code request}'s request line when Jetty could not parse it, else null. */
  static String of(Request request) {
    return request.getConnectionMetaData().getConnection() instanceof KeepingConnection c ? c.unread : null;
  }

  private static final class Factory extends HttpConnectionFactory {
    Factory(HttpConnectionFactory original) {
      super(original.getHttpConfiguration());
      setInputBufferSize(original.getInputBufferSize());
      setUseInputDirectByteBuffers(original.isUseInputDirectByteBuffers());
      setUseOutputDirectByteBuffers(original.isUseOutputDirectByteBuffers());
      setTransferEncodingChunkMaxLength(original.getTransferEncodingChunkMaxLength());
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
      KeepingConnection connection = new KeepingConnection(getHttpConfiguration(), connector, endPoint);
      connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
      return configure(connection, connector, endPoint);
    }
  }

  private static final class KeepingConnection extends HttpConnection {
    private volatile String unread;

    KeepingConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
      super(config, connector, endPoint);
    }

    @Override
    protected HttpStreamOverHTTP1 newHttpStream(String method, String uri, HttpVersion version) {
      try {
        return super.newHttpStream(method, uri, version);
      } catch (IllegalArgumentException e) {
        unread = uri;
        throw e;
      }
    }
  }
}
