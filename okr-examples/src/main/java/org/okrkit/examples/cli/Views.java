package org.okrkit.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.examples.view.ScoreViews;
import org.okrkit.model.OkrSet;

/** Scoring for the commands: a library failure on odd data becomes a one-line document error. */
final class Views {
  private Views() {}

  static ScoreView score(Path file, OkrSet set, LocalDate asOf) {
    try {
      return ScoreViews.of(set, asOf);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.DOCUMENT_ERRORS, Documents.name(file) + ": cannot score: " + e.getMessage(), e);
    }
  }
}
