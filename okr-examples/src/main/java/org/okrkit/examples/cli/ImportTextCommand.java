package org.okrkit.examples.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Cycle;
import org.okrkit.text.TextImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code okr import-text}: OKRs pasted from slides or a wiki, as an OKR JSON document. */
@Command(
    name = "import-text",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Read OKRs as people paste them from slides, wikis and e-mails: an objective line followed"
          + " by its key-result lines, numbered or bulleted, owner prefixes such as \"CEO KR:\""
          + " or \"KR1:\" stripped. Each key result is read like `okr kr` reads a sentence.",
      "Prints the OKR JSON document (or writes it with -o). Every line that could not be read"
          + " is reported on standard error with its line number; the exit code is then 1."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every line was read",
      "1:some lines could not be read (listed on standard error); the rest is in the document",
      "2:bad usage or unreadable input"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr import-text okrs.txt",
      "  okr import-text okrs.txt -o okrs.json",
      "  okr import-text okrs.txt --cycle 2027-Q1"
    })
final class ImportTextCommand extends OkrSubcommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The pasted document (UTF-8 text).")
  Path file = Path.of("");

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the OKR document to FILE instead of standard output.")
  @Nullable Path output;

  @Option(
      names = "--cycle",
      paramLabel = "YYYY-QN",
      description =
          "The cycle when the document names none (\"Q4 2026\" on a line of its own); default:"
              + " the current quarter.")
  @Nullable String cycle;

  /** The most characters a pasted document may have (as the JSON reader's default, 64 MiB). */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  @Override
  public Integer call() {
    Cycle fallback = fallbackCycle();
    String text = readText();
    TextImport.Result r = TextImport.read(text, fallback);
    if (output == null) {
      Documents.printJson(r.set(), out());
    } else {
      Documents.writeJson(r.set(), output);
    }
    for (TextImport.UnreadLine u : r.unread()) {
      err().println(file + ":" + u.line() + ": not read: " + u.reason() + ": "
          + Okr.oneLine(u.text()));
    }
    err().flush();
    return r.isComplete() ? ExitCode.OK : ExitCode.DOCUMENT_ERRORS;
  }

  private Cycle fallbackCycle() {
    String c = cycle;
    if (c == null) {
      LocalDate today = LocalDate.now(clock());
      return Cycle.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{4})-?Q([1-4])").matcher(c.strip().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw CliException.usage("--cycle: expected a quarter as YYYY-QN (like 2026-Q4), got '" + c + "'");
    }
    return Cycle.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  private String readText() {
    Documents.checkReadable(file);
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new CliException(ExitCode.USAGE, file + ": larger than " + MAX_BYTES + " bytes");
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CliException(ExitCode.USAGE, file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, file + ": cannot read: " + Documents.why(e), e);
    }
  }
}
