package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void writesOneSelfContainedPageWithEveryObjective() throws Exception {
    Path html = dir.resolve("report.html");
    CliRun.Result r = okr("report", example("acme-q4.json"), "--html", html.toString(), "--as-of", "2026-11-20");
    assertEquals(0, r.code(), r.toString());
    assertEquals("wrote " + html + ": 7 objectives, 19 key results, as of 2026-11-20", r.out().strip());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    for (String title :
        new String[] {
          "Become the home robot our customers recommend first",
          "Make our robots boringly reliable",
          "Make firmware updates invisible to customers",
          "Make happy customers the core of our growth",
          "Turn support into a reason customers stay",
          "Become the go-to expert for onboarding questions",
          "Grow revenue from the customers who love us"
        }) {
      assertTrue(page.contains(title), title);
    }
    assertEquals(19, page.split("<svg class=\"chart\"", -1).length - 1);
    assertTrue(page.contains("as of <time datetime=\"2026-11-20\">"));
  }

  @Test
  void htmlIsRequired() {
    CliRun.Result r = okr("report", example("acme-q4.json"));
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--html"), r.toString());
  }

  @Test
  void anUnwritableTargetIsExit2NamingIt() {
    Path html = dir.resolve("no/such/dir/report.html");
    CliRun.Result r = okr("report", example("acme-q4.json"), "--html", html.toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    assertEquals("okr report: " + html + ": cannot write: no such file or folder", r.err().strip());
  }

  @Test
  void structuralErrorsStillWriteTheReportButExitOne() throws Exception {
    Path html = dir.resolve("broken.html");
    CliRun.Result r = okr("report", example("invalid-structure.json"), "--html", html.toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(Files.readString(html).contains("Make the mobile app a joy to use"));
  }
}
