package newsdesk.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled jte templates (HTML-escaped by default) into responses. */
final class Templates {
  /** Pages are UTF-8; saying so in the header spares browsers and proxies a guess from the bytes. */
  static final String HTML_UTF8 = "text/html; charset=utf-8";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  void render(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    ctx.contentType(HTML_UTF8).result(out.toString());
  }
}
