package org.okrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the README, CONTRIBUTING, CHANGELOG and {@code docs/} points at a file
 * that exists and, with a {@code #fragment}, at a heading of that file, using GitHub's rule for
 * heading anchors. A guide that is renamed or a heading that is reworded fails here first.
 */
class DocLinksTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6} +(.+?) *#* *$");

  @Test
  void everyRelativeLinkResolvesToAFileAndAnchor() throws IOException {
    List<Path> docs = documents();
    assertTrue(docs.size() >= 8, "README, CONTRIBUTING, CHANGELOG and the guides: " + docs);
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path doc : docs) {
      for (String target : links(Files.readString(doc, StandardCharsets.UTF_8))) {
        if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
          continue; // https:, mailto: — not checked offline
        }
        checked++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(ROOT.relativize(doc) + ": " + target + " (no file " + resolved + ")");
          continue;
        }
        if (hash >= 0) {
          String anchor = target.substring(hash + 1);
          Set<String> anchors = anchors(Files.readString(resolved, StandardCharsets.UTF_8));
          if (!anchors.contains(anchor)) {
            broken.add(ROOT.relativize(doc) + ": " + target + " (headings give " + anchors + ")");
          }
        }
      }
    }
    assertTrue(checked >= 20, "the README and the guides link to each other: " + checked);
    assertEquals(List.of(), broken, "broken links");
  }

  @Test
  void anchorsFollowGitHubsRule() {
    assertEquals(
        Set.of("read-score-write--in-ten-lines", "scoring-orgokrkitscoring", "whats-in-the-box",
            "rules", "rules-1"),
        anchors(
            """
            # Read, score, write — in ten lines
            ## Scoring (`org.okrkit.scoring`)
            ## What's in the box
            ## Rules
            ```
            # not a heading
            ```
            ## Rules
            """));
  }

  private static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>();
    for (String name : List.of("README.md", "CONTRIBUTING.md", "CHANGELOG.md")) {
      docs.add(ROOT.resolve(name));
    }
    try (Stream<Path> guides = Files.list(ROOT.resolve("docs"))) {
      guides.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** Link targets outside fenced code blocks and inline code spans. */
  private static List<String> links(String markdown) {
    List<String> targets = new ArrayList<>();
    for (String line : prose(markdown)) {
      Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
      while (m.find()) {
        targets.add(m.group(1));
      }
    }
    return targets;
  }

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, -1 for repeats. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : prose(markdown)) {
      Matcher m = HEADING.matcher(line);
      if (m.matches()) {
        String slug =
            m.group(1)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\- _]", "")
                .replace(' ', '-');
        int n = seen.merge(slug, 1, Integer::sum);
        anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
      }
    }
    return anchors;
  }

  private static List<String> prose(String markdown) {
    List<String> lines = new ArrayList<>();
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced) {
        lines.add(line);
      }
    }
    return lines;
  }
}
