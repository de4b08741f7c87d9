package org.okrkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.examples.generate.OrganisationGenerator;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.examples.view.ScoreViews;
import org.okrkit.json.OkrJson;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * Opens the HTML report in headless Chromium: it must render without a single console message
 * (a JavaScript error, a malformed SVG attribute...) and show every objective and every chart.
 * Skipped only when there is no browser outside CI.
 */
class HtmlReportBrowserTest {
  /**
   * Injected at the top of the page under test: records script errors and console.error calls
   * on the root element, and marks that the page finished loading, so {@code --dump-dom} shows
   * both.
   */
  private static final String PROBE =
      "<script>(function(){var r=document.documentElement;"
          + "function note(m){r.setAttribute('data-okr-errors',(r.getAttribute('data-okr-errors')||'')+'|'+m);}"
          + "window.addEventListener('error',function(e){note(e.message||'resource error');},true);"
          + "var ce=console.error;console.error=function(){note([].join.call(arguments,' '));"
          + "return ce.apply(console,arguments);};"
          + "window.addEventListener('load',function(){r.setAttribute('data-okr-probe','loaded');});"
          + "})();</script>\n";

  @TempDir Path work;

  private static ScoreView view() {
    OkrSet set = OrganisationGenerator.of(14, 4, 7).generate();
    // a title that would break the page if it were not escaped
    Objective tricky =
        set.objectives().get(1).withTitle("Win <b>\"big\"</b> & don't </script> break the page");
    set = set.withObjectives(
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(set.objectives().get(0), tricky),
                set.objectives().stream().skip(2))
            .toList());
    return ScoreViews.of(set, LocalDate.of(2026, 11, 20));
  }

  @Test
  void reportRendersInChromiumWithoutConsoleErrorsAndShowsEveryObjective() throws Exception {
    Chromium.assumeAvailable();
    ScoreView view = view();
    String html = HtmlReport.render(view);
    Path page = work.resolve("report.html");
    Files.writeString(page, html.replace("<head>\n", "<head>\n" + PROBE), StandardCharsets.UTF_8);

    Chromium.Result r = Chromium.dumpDom(page, work);

    assertEquals(0, r.exitCode(), r.stderr());
    String dom = r.stdout();
    assertTrue(dom.contains("data-okr-probe=\"loaded\""), "the page did not finish loading:\n" + dom);
    assertFalse(dom.contains("data-okr-errors=\""), "script or console errors: " + errors(dom));
    assertEquals(java.util.List.of(), r.consoleMessages(), "console messages");
    for (ScoreView.ObjectiveView o : view.objectives()) {
      assertTrue(
          dom.contains(serialised(o.objective().title())),
          "objective missing from the rendered page: " + o.objective().title());
    }
    long charts = Pattern.compile("<svg class=\"chart\"").matcher(dom).results().count();
    assertEquals(view.set().keyResultCount(), charts, "one chart per key result");
  }

  @Test
  void theBundledCompanyTreeRendersCleanly() throws Exception {
    Chromium.assumeAvailable();
    OkrSet set = OkrJson.defaults().read(Path.of("src/main/resources/examples/acme-q4.json"));
    ScoreView view = ScoreViews.of(set, LocalDate.of(2026, 11, 20));
    Path page = work.resolve("acme.html");
    Files.writeString(page, HtmlReport.render(view).replace("<head>\n", "<head>\n" + PROBE), StandardCharsets.UTF_8);

    Chromium.Result r = Chromium.dumpDom(page, work);

    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stdout().contains("data-okr-probe=\"loaded\""), r.stdout());
    assertFalse(r.stdout().contains("data-okr-errors=\""), errors(r.stdout()));
    assertEquals(java.util.List.of(), r.consoleMessages());
    for (Objective o : set.objectives()) {
      assertTrue(r.stdout().contains(serialised(o.title())), o.title());
    }
    String keep = System.getProperty("okr.screenshot");
    if (keep != null) {
      Chromium.screenshot(page, Path.of(keep + ".acme.png"), 1200, 2000, work);
    }
  }

  @Test
  void screenshotShowsTheGradeColours() throws Exception {
    Chromium.assumeAvailable();
    Path page = work.resolve("report.html");
    Files.writeString(page, HtmlReport.render(view()), StandardCharsets.UTF_8);
    Path png = work.resolve("report.png");

    Chromium.Result r = Chromium.screenshot(page, png, 1200, 2400, work);

    assertEquals(0, r.exitCode(), r.stderr());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1200, image.getWidth());
    assertTrue(countColour(image, 0x0f9d58) > 200, "green bars visible");
    assertTrue(countColour(image, 0xdb4437) + countColour(image, 0xf4b400) > 200, "red/yellow bars visible");
    String keep = System.getProperty("okr.screenshot");
    if (keep != null) {
      Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static long countColour(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
  }

  /** Text content as the DOM serialiser writes it: only &, < and > are escaped. */
  private static String serialised(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String errors(String dom) {
    Matcher m = Pattern.compile("data-okr-errors=\"([^\"]*)\"").matcher(dom);
    return m.find() ? m.group(1) : "";
  }
}
