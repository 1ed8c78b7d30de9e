package newsdesk.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled jte templates (HTML-escaped by default) into responses. */
final class Templates {
  /**
   * Pages are UTF-8; saying so in the header spares browsers and proxies a guess from the bytes.
   * Written as Jetty writes a type set through a route (no space before the charset), so that the
   * pages and the error pages {@link ServerErrors} writes itself say it alike.
   */
  static final String HTML_UTF8 = "text/html;charset=utf-8";
  /** Every page: see {@link #render}. */
  static final String CACHE_CONTROL = "private, no-store";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /**
   * Renders {@code template} as the response, with {@code Cache-Control: private, no-store}: a page
   * carries the reader's login state and CSRF token, a private instance's articles, or a token shown
   * once, none of which a shared cache, the browser's history or back button may keep.
   */
  void render(Context ctx, String template, Map<String, Object> params) {
    ctx.header("Cache-Control", CACHE_CONTROL);
    ctx.contentType(HTML_UTF8).result(render(template, params));
  }

  /** {@code template} rendered to a string, for answers written without a Javalin context. */
  String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    return out.toString();
  }
}
