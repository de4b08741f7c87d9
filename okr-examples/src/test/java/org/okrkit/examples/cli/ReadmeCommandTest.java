package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's first code block is one command a new user runs on a fresh clone, followed by its
 * output: this test runs that command (in-process) and checks the documented output is exactly
 * what it prints, so the README cannot drift. The second block is the test command.
 */
class ReadmeCommandTest {
  private static final Pattern BLOCK = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PRE = Pattern.compile("<pre>\\n(.*?)</pre>", Pattern.DOTALL);

  @Test
  void theFirstCommandPrintsExactlyTheDocumentedOutput() throws IOException {
    Path doc = Path.of("../README.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(text);
    assertTrue(m.find(), "a code block in " + doc);
    String command = m.group(1).strip();
    assertTrue(
        command.startsWith("./mvnw -q package -DskipTests && java -jar okr-examples/target/okr.jar "),
        "the first block builds and runs the jar in one line: " + command);
    assertEquals(1, command.lines().count(), "one command: " + command);
    // the output follows as an HTML <pre> block, so that `./mvnw -B verify` stays the second
    // fenced code block of the README
    Matcher pre = PRE.matcher(text);
    assertTrue(pre.find(m.end()), "the <pre> output after the command in " + doc);
    String documented =
        pre.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    Matcher next = BLOCK.matcher(text);
    assertTrue(next.find(m.end()), "a second code block in " + doc);
    assertTrue(next.start() > pre.end(), "no fenced block between the command and its output");
    assertEquals("./mvnw -B verify", next.group(1).strip(), "the second block is the test command");

    String[] words = command.substring(command.indexOf("okr.jar ") + "okr.jar ".length()).split(" +");
    List<String> args = new ArrayList<>();
    for (String w : Arrays.asList(words)) {
      // the README runs from the repository root, tests from the module directory
      args.add(w.startsWith("okr-examples/") ? w.substring("okr-examples/".length()) : w);
    }
    CliRun.Result r = CliRun.okr(args.toArray(new String[0]));
    assertEquals(0, r.code(), r.toString());
    assertEquals(documented, r.out(), "the documented output in " + doc);
  }
}
