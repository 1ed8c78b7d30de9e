package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();
  private final URI base = URI.create("https://site.example/dir/page.html");

  @Test
  void emptyAndBlankInputGiveEmptyOutput() {
    assertThat(sanitizer.sanitize(null, base)).isEmpty();
    assertThat(sanitizer.sanitize("  \n", base)).isEmpty();
  }

  @Test
  void keepsSafeMarkup() {
    assertThat(sanitizer.sanitize("<p>Some <b>bold</b>, <em>em</em> and <a href=\"https://x.example/\" title=\"t\">a link</a></p>", base))
        .isEqualTo("<p>Some <b>bold</b>, <em>em</em> and <a href=\"https://x.example/\" title=\"t\">a link</a></p>");
    assertThat(sanitizer.sanitize("<ul><li>one</li></ul><table><tbody><tr><td>c</td></tr></tbody></table>", base))
        .isEqualTo("<ul><li>one</li></ul><table><tbody><tr><td>c</td></tr></tbody></table>");
  }

  @Test
  void removesScriptsWithTheirContent() {
    assertThat(sanitizer.sanitize("safe<script>alert(1)</script> text<style>p{}</style>", base)).isEqualTo("safe text");
    assertThat(sanitizer.sanitize("<applet code=\"x.class\">inside</applet>ok", base)).isEqualTo("ok");
  }

  @Test
  void removesEventHandlers() {
    assertThat(sanitizer.sanitize("<img src=\"a.png\" onerror=\"steal()\" onload=\"x()\">", base))
        .isEqualTo("<img src=\"https://site.example/dir/a.png\" />");
    assertThat(sanitizer.sanitize("<div ONMOUSEOVER=\"x()\">d</div>", base)).isEqualTo("<div>d</div>");
  }

  @Test
  void emptiesUnsafeUrls() {
    assertThat(sanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>", base)).isEqualTo("<a href=\"\">x</a>");
    assertThat(sanitizer.sanitize("<a href=\" JaVaScRiPt:alert(1)\">x</a>", base)).isEqualTo("<a href=\"\">x</a>");
    assertThat(sanitizer.sanitize("<img src=\"data:text/html;base64,PHNjcmlwdD4=\">", base)).isEqualTo("<img src=\"\" />");
    assertThat(sanitizer.sanitize("<a href=\"vbscript:x\">x</a>", base)).isEqualTo("<a href=\"\">x</a>");
    assertThat(sanitizer.sanitize("<a href=\"jav&#x0A;ascript:alert(1)\">x</a>", base)).doesNotContain("script:");
    assertThat(sanitizer.sanitize("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", null)).isEqualTo("<a href=\"\">x</a>");
  }

  @Test
  void removesFormsIframesAndObjectsButKeepsTheirSafeFallbackContent() {
    assertThat(sanitizer.sanitize("<form action=\"https://evil.example/\"><b>in</b></form>", base)).isEqualTo("<b>in</b>");
    assertThat(sanitizer.sanitize("a<iframe src=\"https://evil.example/\"> <b>b</b><script>x()</script></iframe>", base))
        .isEqualTo("a <b>b</b>");
    assertThat(sanitizer.sanitize("<object data=\"x.swf\"><embed src=\"x.swf\">fallback</object>", base)).isEqualTo("fallback");
  }

  @Test
  void resolvesRelativeUrls() {
    assertThat(sanitizer.sanitize("<a href=\"../up.html\">u</a><img src=\"/root.png\">", base))
        .isEqualTo("<a href=\"https://site.example/up.html\">u</a><img src=\"https://site.example/root.png\" />");
    assertThat(sanitizer.sanitize("<a href=\"rel.html\">r</a>", null)).isEqualTo("<a href=\"rel.html\">r</a>");
  }

  @Test
  void keepsOnlyPlainCss() {
    assertThat(sanitizer.sanitize("<span style=\"color: red; position: absolute\">s</span>", base))
        .isEqualTo("<span style=\"color: red;\">s</span>");
    assertThat(sanitizer.sanitize("<span style=\"background: url(javascript:x)\">s</span>", base))
        .isEqualTo("<span>s</span>");
    assertThat(sanitizer.sanitize("<span style=\"expression(alert(1))\">s</span>", base)).isEqualTo("<span>s</span>");
  }

  @Test
  void escapesTextAndDropsComments() {
    assertThat(sanitizer.sanitize("1 &lt; 2 &amp; <!-- <script>x</script> -->ok", base)).isEqualTo("1 &lt; 2 &amp; ok");
  }

  @Test
  void keepsSvgWithItsCaseAndNamespace() {
    assertThat(sanitizer.sanitize("<svg viewbox=\"0 0 1 1\"><lineargradient id=\"g\"></lineargradient><script>x()</script></svg>", base))
        .isEqualTo("<svg viewBox=\"0 0 1 1\" xmlns=\"http://www.w3.org/2000/svg\"><linearGradient id=\"g\"></linearGradient></svg>");
  }

  @Test
  void blocksScriptInsideSvgAndMathml() {
    String svg = sanitizer.sanitize("<svg><a xlink:href=\"javascript:alert(1)\"><animate attributeName=\"href\" "
        + "values=\"javascript:alert(2)\"></animate><set attributeName=\"href\" to=\"javascript:x\"></set>"
        + "<script>alert(3)</script><text>t</text></a></svg>", base);
    assertThat(svg).doesNotContain("javascript").doesNotContain("animate").doesNotContain("<set").doesNotContain("script")
        .contains("<text>t</text>");
    assertThat(sanitizer.sanitize("<math><mi href=\"javascript:alert(1)\">x</mi></math>", base)).doesNotContain("javascript");
  }

  @Test
  void isDeterministic() {
    String html = "<p style=\"color: blue\">x <a href=\"y\">y</a></p><script>z</script>";
    assertThat(sanitizer.sanitize(html, base)).isEqualTo(sanitizer.sanitize(html, base));
  }
}
