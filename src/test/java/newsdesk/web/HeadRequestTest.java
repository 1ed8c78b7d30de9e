package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** HEAD answers with the headers GET would send, without a body. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadRequestTest {
  @TempDir static Path dir;
  WebFixture f;
  HttpClient client;

  @BeforeAll
  void start() {
    f = new WebFixture(dir, null);
    client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @AfterAll
  void stop() {
    client.close();
    f.close();
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(f.uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void headHasTheStatusAndContentTypeOfGetAndNoBody() throws Exception {
    for (String path : List.of("/", "/api/v1/stories", "/api/v1/stories/s-volcano", "/stories/s-volcano", "/search?q=etna",
        "/feeds/digest.atom", "/feeds/digest.json", "/api/v1/nothing-here", "/api/v1/search?q=AND")) {
      HttpResponse<String> get = send("GET", path);
      HttpResponse<String> head = send("HEAD", path);
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).doesNotStartWith("text/plain"));
      assertThat(head.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
      assertThat(head.body()).as(path).isEmpty();
    }
  }

  @Test
  void headOfAStaticFileHasItsType() throws Exception {
    HttpResponse<String> head = send("HEAD", "/static/newsdesk.css");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
  }
}
