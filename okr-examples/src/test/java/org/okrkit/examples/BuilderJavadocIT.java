package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public builders' methods are documented in the javadoc the build ships: Immutables
 * generates the methods on a package-private builder ({@code builderVisibility = PACKAGE} in
 * {@code OkrStyle}), which javadoc documents in the public {@code X.Builder} that extends it —
 * with a public generated builder it listed them as bare names "inherited from" a class no page
 * describes. Runs after okr-core's javadoc jar is built ({@code ./mvnw -B verify}).
 */
class BuilderJavadocIT {
  private static final Path APIDOCS = Path.of("../okr-core/target/reports/apidocs");
  private static final Pattern ROW = Pattern.compile(
      "class=\"member-name-link\">([^<]+)</a>.*?<div class=\"col-last[^\"]*\">(.*?)</div>", Pattern.DOTALL);

  @Test
  void everyMethodOfEveryPublicBuilderHasADescription() throws IOException {
    assertTrue(Files.isDirectory(APIDOCS), "okr-core's javadoc is built before the integration tests: " + APIDOCS.toAbsolutePath());
    List<Path> builders;
    try (Stream<Path> files = Files.walk(APIDOCS)) {
      builders = files.filter(f -> f.getFileName().toString().endsWith(".Builder.html"))
          .filter(f -> !f.toString().contains("class-use")).sorted().toList();
    }
    assertTrue(builders.size() >= 10, "the model's builders: " + builders);
    List<String> undocumented = new ArrayList<>();
    for (Path page : builders) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertTrue(!html.contains("Methods inherited from class&nbsp;org.okrkit"),
          page.getFileName() + " lists its methods as undocumented inherited names");
      int from = html.indexOf("id=\"method-summary\"");
      int to = html.indexOf("id=\"method-detail\"");
      assertTrue(from >= 0 && to > from, page.getFileName() + " has a method summary");
      Matcher row = ROW.matcher(html.substring(from, to));
      int methods = 0;
      while (row.find()) {
        methods++;
        if (row.group(2).replaceAll("<[^>]+>", "").isBlank()) {
          undocumented.add(page.getFileName() + ": " + row.group(1));
        }
      }
      assertTrue(methods > 1, page.getFileName() + " documents its methods");
    }
    assertEquals(List.of(), undocumented);
  }
}
